from openai import OpenAI, APIError

client = OpenAI()
