import os

from openai import OpenAI

primary = OpenAI(base_url="https://api.holysheep.ai/v1", api_key=os.environ["HOLYSHEEP_API_KEY"])
fallback = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
pinned = OpenAI(base_url="https://api.openai.com/v1")
