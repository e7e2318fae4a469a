using OpenAI.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenAIService(options => options.BaseDomain = "https://api.holysheep.ai/");
var app = builder.Build();
app.Run();
