import openai
from openai import (
    Completion,
)


def complete(prompt):
    return Completion.create(prompt=prompt, model="text-davinci-003")
