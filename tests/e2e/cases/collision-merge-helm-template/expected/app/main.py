import os

openai_key = os.environ["HOLYSHEEP_API_KEY"]
claude_key = os.environ["HOLYSHEEP_API_KEY"]
base_url = os.environ["OPENAI_BASE_URL"]
legacy_base = os.environ.get("OPENAI_API_BASE", "")
