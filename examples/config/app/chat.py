import os

import openai

PROXY = "https://llm-proxy.corp.example/v1"
KEY = os.environ.get("OPENAI_KEY")
URL = os.environ.get("OPENAI_API_URL", "https://api.openai.com/v1")
ORG = os.getenv("OPENAI_ORG_ID")
MODEL = "gpt-4o"
SMALL = "gpt-4o-mini"

r = openai.ChatCompletion.create(model=MODEL)
