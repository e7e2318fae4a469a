import os

BASE = "https://api.openai.com/v1"
ANTHROPIC_ROOT = 'https://api.anthropic.com'  # the SDK appends /v1 itself
prompt = f"POST {BASE} via https://api.openai.com/v1/chat/completions"
DOC = """Realtime: wss://api.openai.com/v1/realtime?model=gpt-4o-realtime"""
REGIONAL = "https://eu.api.openai.com/v1"  # not the public endpoint: stays
