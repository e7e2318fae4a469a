import os
import openai
import anthropic as ac

client = openai.OpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
claude = ac.AsyncAnthropic(base_url=os.environ.get("HOLYSHEEP_ANTHROPIC_BASE_URL", "https://api.holysheep.ai"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
