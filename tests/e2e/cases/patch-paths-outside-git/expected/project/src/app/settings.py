BASE_URL = "https://api.anthropic.com"
