import os
from openai import OpenAI

client = OpenAI(base_url="https://api.openai.com/v1")
