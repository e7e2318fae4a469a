import os
from openai import OpenAI

client = OpenAI(default_headers={"X-Tag": f"{os.getpid()}-{'a' + str(len([1, (2)]))}"}, http_client=None)
