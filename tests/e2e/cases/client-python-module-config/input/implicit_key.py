import json
import openai

vectors = openai.Embedding.create(input="hello", model="text-embedding-ada-002")
print(json.dumps(vectors))
