import os

from openai import OpenAI

client = OpenAI(api_key=os.environ["HOLYSHEEP_API_KEY"], base_url=os.environ["HOLYSHEEP_BASE_URL"])
