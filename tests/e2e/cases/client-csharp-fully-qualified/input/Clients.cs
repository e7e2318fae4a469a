namespace Demo;

public static class Clients
{
    public static OpenAI.Chat.ChatClient Chat() =>
        new OpenAI.Chat.ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));

    public static global::OpenAI.Embeddings.EmbeddingClient Embed()
    {
        global::OpenAI.Embeddings.EmbeddingClient e = new("text-embedding-3-small", "k");
        return e;
    }

    public static Other.ChatClient NotOurs() => new Other.ChatClient("x", "y");
}
