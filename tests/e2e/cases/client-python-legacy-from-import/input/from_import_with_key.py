import os

import openai
from openai import Embedding, ChatCompletion as Chat

openai.api_key = os.getenv("OPENAI_API_KEY")


def embed(text):
    return Embedding.create(input=text, model="text-embedding-ada-002")
