import openai

openai.api_base = "https://llm-proxy.corp/v1"
r = openai.ChatCompletion.create(model="m")
