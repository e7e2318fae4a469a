import os

key = os.environ["HOLYSHEEP_API_KEY"]
