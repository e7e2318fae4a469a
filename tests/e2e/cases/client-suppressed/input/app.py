from openai import OpenAI

# This one must keep talking to OpenAI.
legacy = OpenAI()  # holymigrate: ignore
# holymigrate: ignore-next-line
other = OpenAI(**settings)
