from openai import OpenAI

settings = {"timeout": 5}
a = OpenAI(**settings)
b = OpenAI(*args)
c = OpenAI("positional-key")
d = OpenAI(base_url="https://gateway.internal/v1", **settings)
