using OpenAI;
using OpenAI.Chat;

var chat = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
