import os
from openai import OpenAI

# Alone in its file: this one is migrated.
client = OpenAI(api_key=os.environ["LEGACY_OPENAI_KEY"])
