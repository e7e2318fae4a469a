from openai import OpenAI

client = OpenAI()


def make(**opts):
    return OpenAI(**opts)
