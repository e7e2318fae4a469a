var k = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
