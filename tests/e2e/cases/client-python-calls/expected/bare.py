from openai import OpenAI
import os

client = OpenAI(base_url="https://api.holysheep.ai/v1", api_key=os.environ.get("HOLYSHEEP_API_KEY"))
