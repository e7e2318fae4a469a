BASE = "https://api.openai.com/v1"
