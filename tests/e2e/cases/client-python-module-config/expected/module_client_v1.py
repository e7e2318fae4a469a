import os
import openai as oa

oa.api_key = os.environ["HOLYSHEEP_API_KEY"]
oa.base_url = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
print(oa.chat.completions.create(model="gpt-4o-mini", messages=[]))
