import os

openai_key = os.environ["OPENAI_API_KEY"]
anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
base_url = os.getenv("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
