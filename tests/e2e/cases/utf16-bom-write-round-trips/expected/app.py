URL = "https://api.holysheep.ai/v1"
