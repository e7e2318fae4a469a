import os
from openai import OpenAI


def make():
    return OpenAI(
        timeout=30,
        max_retries=5,
    )
