import os

key = os.environ["OPENAI_API_KEY"]
