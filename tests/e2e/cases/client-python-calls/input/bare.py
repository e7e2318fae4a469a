from openai import OpenAI
import os

client = OpenAI()
