from openai import OpenAI as _unused  # noqa: F401
from mylib import MyOpenAI

client = MyOpenAI()
