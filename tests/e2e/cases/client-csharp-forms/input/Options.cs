using System;
using OpenAI.Chat;

class Clients
{
    private readonly ChatClient _chat = new("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY"), new OpenAIClientOptions { NetworkTimeout = TimeSpan.FromSeconds(30) });
    private readonly ChatClient _empty = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions());
    private readonly ChatClient _given = new("gpt-4o", credential, options);
    private readonly ChatClient _explicit = new("gpt-4o", credential, new OpenAIClientOptions { Endpoint = new Uri("https://gateway.internal/v1") });
    private static ApiKeyCredential credential = new("k");

    ChatClient Make() => null;
}
