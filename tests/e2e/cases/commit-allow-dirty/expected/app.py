URL = "https://api.holysheep.ai/v1"
TIMEOUT = 5
