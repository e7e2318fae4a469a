import os

BASE = "https://api.holysheep.ai/v1"
ANTHROPIC_ROOT = 'https://api.holysheep.ai'  # the SDK appends /v1 itself
prompt = f"POST {BASE} via https://api.holysheep.ai/v1/chat/completions"
DOC = """Realtime: wss://api.holysheep.ai/v1/realtime?model=gpt-4o-realtime"""
REGIONAL = "https://eu.api.openai.com/v1"  # not the public endpoint: stays
