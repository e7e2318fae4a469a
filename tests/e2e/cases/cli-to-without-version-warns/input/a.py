u = "https://api.openai.com/v1/chat/completions"
