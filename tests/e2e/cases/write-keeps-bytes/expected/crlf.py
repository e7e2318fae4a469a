a = 1
URL = "https://api.holysheep.ai/v1"
KEY = "HOLYSHEEP_API_KEY"  
