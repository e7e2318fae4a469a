import os
from openai import ChatCompletion
import openai
openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
openai.api_key = os.environ.get("HOLYSHEEP_API_KEY")


def ask(question):
    reply = ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    return reply.choices[0].message.content
