using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using System.ClientModel;

ChatClient chat = new(model: "gpt-4o", credential: new ApiKeyCredential(Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")), options: new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });
OpenAIClient client = new(new ApiKeyCredential(Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")), new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });
EmbeddingClient embeddings = new("text-embedding-3-small", new ApiKeyCredential(Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")), new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });
var embeddings2 = new EmbeddingClient("text-embedding-3-small", new ApiKeyCredential(Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")), new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });

ChatCompletion completion = chat.CompleteChat("Say 'this is a test.'");
Console.WriteLine(completion.Content[0].Text);
