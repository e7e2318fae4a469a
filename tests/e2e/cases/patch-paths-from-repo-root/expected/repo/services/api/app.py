import os

client_url = "https://api.openai.com/v1"
key = os.environ["OPENAI_API_KEY"]
