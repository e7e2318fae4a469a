url = "https://api.openai.com/v1/models"
