url = "https://api.holysheep.ai/v1/models"
