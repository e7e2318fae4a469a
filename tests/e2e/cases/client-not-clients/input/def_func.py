from openai import OpenAI


def OpenAI(**kwargs):
    return kwargs


client = OpenAI()
