import os
from openai import OpenAI as OAI, AsyncOpenAI

sync = OAI(timeout=5)
async_client = AsyncOpenAI()
