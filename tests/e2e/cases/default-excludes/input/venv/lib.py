OPENAI_API_KEY https://api.openai.com/v1
