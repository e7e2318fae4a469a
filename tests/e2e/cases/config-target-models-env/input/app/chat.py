import os

BASE = "https://api.openai.com/v1"
PROXY = "https://old-proxy.example.invalid/v1"
KEY = os.environ["OPENAI_API_KEY"] or os.environ["OPENAI_KEY"]
MODEL = "gpt-4o"
CHEAP = "gpt-4o-mini"
