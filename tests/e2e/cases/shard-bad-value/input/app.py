x = "https://api.openai.com/v1"
