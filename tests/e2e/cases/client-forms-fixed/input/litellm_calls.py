import litellm
from litellm import completion

r1 = litellm.completion(model="gpt-4o", messages=[])
r2 = completion(model="gpt-4o", messages=[], api_base="https://gateway.internal/v1")
r3 = completion(model="gpt-4o", messages=[])
