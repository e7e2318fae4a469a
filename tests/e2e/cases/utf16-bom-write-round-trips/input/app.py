URL = "https://api.openai.com/v1"
