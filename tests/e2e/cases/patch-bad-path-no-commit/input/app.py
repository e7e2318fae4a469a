import os
u = "https://api.openai.com/v1"
k = os.environ["OPENAI_API_KEY"]
b = os.environ["OPENAI_BASE_URL"]
