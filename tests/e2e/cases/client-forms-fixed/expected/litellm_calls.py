import os
import litellm
from litellm import completion

r1 = litellm.completion(api_base=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="gpt-4o", messages=[])
r2 = completion(api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="gpt-4o", messages=[], api_base="https://gateway.internal/v1")
r3 = completion(api_base=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="gpt-4o", messages=[])
