import os
from openai import OpenAI

client = OpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
print(client.models.list())
