from openai import OpenAI

client = wrappers.OpenAI()
