using Betalgo.Ranul.OpenAI;
using Betalgo.Ranul.OpenAI.Extensions;
using Betalgo.Ranul.OpenAI.Managers;
using Microsoft.Extensions.DependencyInjection;

var serviceCollection = new ServiceCollection();
serviceCollection.AddOpenAIService(options => options.BaseDomain = "https://api.holysheep.ai/");
serviceCollection.AddOpenAIService(r => { r.UseBeta = true; r.BaseDomain = "https://api.holysheep.ai/"; });
serviceCollection.AddOpenAIService(settings => { settings.ApiKey = Environment.GetEnvironmentVariable("HOLYSHEEP_API_KEY"); settings.BaseDomain = "https://api.holysheep.ai/"; });
serviceCollection.AddOpenAIService(options =>
{
    options.ApiKey = "configured-elsewhere";
    options.BaseDomain = "https://api.holysheep.ai/";
});
// Azure and explicit set-ups are left alone.
serviceCollection.AddOpenAIService(options =>
{
    options.ProviderType = ProviderType.Azure;
    options.ResourceName = "my-resource";
});
var proxied = new OpenAIOptions { BaseDomain = "https://llm-proxy.internal/" };
// A setup method: reported with the fix.
serviceCollection.AddOpenAIService(Configure);

static void Configure(OpenAIOptions options) => options.UseBeta = true;
