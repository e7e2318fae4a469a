import os
from openai import OpenAI

BASE = "https://api.openai.com/v1"
client = OpenAI(base_url=BASE, api_key=os.environ["OPENAI_API_KEY"])
