from mylib.clients import OpenAI

client = OpenAI()
