import os
import json
import openai
openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
openai.api_key = os.environ.get("HOLYSHEEP_API_KEY")

vectors = openai.Embedding.create(input="hello", model="text-embedding-ada-002")
print(json.dumps(vectors))
