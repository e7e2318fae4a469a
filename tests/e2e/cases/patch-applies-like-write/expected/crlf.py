base = "https://api.openai.com/v1"
other = 1
