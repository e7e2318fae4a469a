import os

URL = "https://api.holysheep.ai/v1"
KEY = os.environ["HOLYSHEEP_API_KEY"]
