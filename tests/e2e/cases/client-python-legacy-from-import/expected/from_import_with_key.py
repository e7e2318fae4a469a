import os

import openai
from openai import Embedding, ChatCompletion as Chat

openai.api_key = os.getenv("HOLYSHEEP_API_KEY")
openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")


def embed(text):
    return Embedding.create(input=text, model="text-embedding-ada-002")
