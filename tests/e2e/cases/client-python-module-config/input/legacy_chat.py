"""Chat with the pre-1.0 SDK: module-level configuration."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")  # set in .env


def ask(question):
    reply = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return reply.choices[0].message.content
