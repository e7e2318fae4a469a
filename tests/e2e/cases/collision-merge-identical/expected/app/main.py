import os

openai_key = os.environ["HOLYSHEEP_API_KEY"]
anthropic_key = os.environ["HOLYSHEEP_API_KEY"]
