import os
from openai import OpenAI

client = OpenAI(timeout=5, max_retries=2)
