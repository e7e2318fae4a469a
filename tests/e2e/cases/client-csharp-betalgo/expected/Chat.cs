using OpenAI.GPT3;
using OpenAI.GPT3.Managers;

public static class Chat
{
    public static OpenAIService Create() => new OpenAIService(new OpenAiOptions
    {
        BaseDomain = "https://api.holysheep.ai/",
        ApiKey = Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY")
    });

    public static OpenAIService Inline() =>
        new OpenAIService(new OpenAiOptions() { BaseDomain = "https://api.holysheep.ai/", ApiKey = Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY") });

    public static OpenAiOptions Bare() => new OpenAiOptions() { BaseDomain = "https://api.holysheep.ai/" };
}
