import os

import openai
openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
openai.api_key = os.environ.get("HOLYSHEEP_API_KEY")

PROXY = "https://api.holysheep.ai/v1"
KEY = os.environ.get("HOLYSHEEP_API_KEY")
URL = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
ORG = os.getenv("HOLYSHEEP_ORG_ID")
MODEL = "deepseek-v3.2"
SMALL = "gpt-4o-mini"

r = openai.ChatCompletion.create(model=MODEL)
