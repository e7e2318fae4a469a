import os
import openai as oa

oa.api_key = os.environ["OPENAI_API_KEY"]
print(oa.chat.completions.create(model="gpt-4o-mini", messages=[]))
