using OpenAI.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenAIService();
var app = builder.Build();
app.Run();
