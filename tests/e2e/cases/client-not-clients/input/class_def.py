from openai import OpenAI


class OpenAI:
    pass


client = OpenAI()
