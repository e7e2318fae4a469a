import os
from openai import OpenAI

# Alone in its file: this one is migrated.
client = OpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ["LEGACY_OPENAI_KEY"])
