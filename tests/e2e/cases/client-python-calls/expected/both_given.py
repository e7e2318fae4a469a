import os
from openai import OpenAI

client = OpenAI(base_url=os.environ["GATEWAY"], api_key=os.environ["GATEWAY_KEY"])
