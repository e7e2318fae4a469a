import os

base_url = os.environ["HOLYSHEEP_BASE_URL"]
legacy_base = os.environ.get("HOLYSHEEP_BASE_URL", "")
openai_key = os.environ["OPENAI_API_KEY"]
claude_key = os.environ["ANTHROPIC_API_KEY"]
