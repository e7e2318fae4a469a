u = "https://api.openai.com/v1"
