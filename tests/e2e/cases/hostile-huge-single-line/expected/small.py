u = "https://api.holysheep.ai/v1"
