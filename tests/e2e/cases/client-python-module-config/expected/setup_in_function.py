import os
import openai


def configure(key):
    if key:
        openai.api_key = (
            key
        )
        openai.api_base = os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1")
    return openai.Completion.create(engine="davinci", prompt="ping")
