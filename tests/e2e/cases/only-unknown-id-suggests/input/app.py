import os
URL = "https://api.openai.com/v1"
KEY = os.environ["OPENAI_API_KEY"]
BASE = os.environ["OPENAI_BASE_URL"]
