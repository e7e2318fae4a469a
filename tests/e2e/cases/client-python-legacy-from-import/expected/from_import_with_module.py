import os
import openai
openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
openai.api_key = os.environ.get("HOLYSHEEP_API_KEY")
from openai import (
    Completion,
)


def complete(prompt):
    return Completion.create(prompt=prompt, model="text-davinci-003")
