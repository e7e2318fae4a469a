OPENAI_BASE_URL = "https://api.openai.com/v1"
