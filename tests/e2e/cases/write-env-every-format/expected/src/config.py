import os
key = os.environ["HOLYSHEEP_API_KEY"]
base = os.getenv("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
azure = os.getenv("AZURE_OPENAI_API_KEY")  # stays
def f(openai_api_key=None): return openai_api_key  # keyword argument: stays
