import os

BASE = "https://llm-gw.example.invalid/v1"
PROXY = "https://llm-gw.example.invalid/v1"
KEY = os.environ["LLM_GW_KEY"] or os.environ["LLM_GW_KEY"]
MODEL = "deepseek-v3.2"
CHEAP = "gpt-4o-mini"
