import os
import openai

openai_client = openai.Client(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.getenv("HOLYSHEEP_API_KEY"))
async_client = openai.AsyncClient(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
