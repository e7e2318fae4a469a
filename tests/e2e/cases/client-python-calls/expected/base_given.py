import os
from openai import OpenAI

client = OpenAI(api_key=os.environ.get("HOLYSHEEP_API_KEY"), base_url="https://api.holysheep.ai/v1")
