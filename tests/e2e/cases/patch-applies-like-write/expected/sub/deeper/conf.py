key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123"
url = "https://api.openai.com/v1"
