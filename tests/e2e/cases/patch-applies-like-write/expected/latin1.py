# café à la crème
URL = "https://api.openai.com/v1"
