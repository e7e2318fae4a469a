import os

from openai import OpenAI

BASE = "https://api.openai.com/v1"
client = OpenAI(base_url=BASE, api_key=os.environ["OPENAI_API_KEY"])
FALLBACK_KEY = "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"
