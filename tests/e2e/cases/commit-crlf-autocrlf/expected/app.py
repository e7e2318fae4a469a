a = 1
URL = "https://api.holysheep.ai/v1"
b = 2
