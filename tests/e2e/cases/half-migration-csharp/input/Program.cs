using OpenAI;

// The options are a variable: the tool cannot set their Endpoint.
var options = Settings.Options();
OpenAIClient client = new(Environment.GetEnvironmentVariable("OPENAI_API_KEY"), options);
