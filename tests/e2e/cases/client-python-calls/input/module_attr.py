import os
import openai
import anthropic as ac

client = openai.OpenAI()
claude = ac.AsyncAnthropic()
