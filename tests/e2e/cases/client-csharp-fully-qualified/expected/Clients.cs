namespace Demo;

public static class Clients
{
    public static OpenAI.Chat.ChatClient Chat() =>
        new OpenAI.Chat.ChatClient("gpt-4o", new System.ClientModel.ApiKeyCredential(Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")), new OpenAI.OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });

    public static global::OpenAI.Embeddings.EmbeddingClient Embed()
    {
        global::OpenAI.Embeddings.EmbeddingClient e = new("text-embedding-3-small", new global::System.ClientModel.ApiKeyCredential("k"), new global::OpenAI.OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("HOLYSHEEP_BASE_URL") ?? "https://api.holysheep.ai/v1") });
        return e;
    }

    public static Other.ChatClient NotOurs() => new Other.ChatClient("x", "y");
}
