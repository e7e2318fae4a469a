import os
key = os.environ["OPENAI_API_KEY"]
base = os.getenv("OPENAI_BASE_URL")
azure = os.getenv("AZURE_OPENAI_API_KEY")  # stays
def f(openai_api_key=None): return openai_api_key  # keyword argument: stays
