using Betalgo.Ranul.OpenAI;
using Betalgo.Ranul.OpenAI.Extensions;
using Betalgo.Ranul.OpenAI.Managers;
using Microsoft.Extensions.DependencyInjection;

var serviceCollection = new ServiceCollection();
serviceCollection.AddOpenAIService();
serviceCollection.AddOpenAIService(r => r.UseBeta = true);
serviceCollection.AddOpenAIService(settings => { settings.ApiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY"); });
serviceCollection.AddOpenAIService(options =>
{
    options.ApiKey = "configured-elsewhere";
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
