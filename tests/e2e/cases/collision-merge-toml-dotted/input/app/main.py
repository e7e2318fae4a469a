import os

base_url = os.environ["OPENAI_BASE_URL"]
legacy_base = os.environ.get("OPENAI_API_BASE", "")
openai_key = os.environ["OPENAI_API_KEY"]
claude_key = os.environ["ANTHROPIC_API_KEY"]
