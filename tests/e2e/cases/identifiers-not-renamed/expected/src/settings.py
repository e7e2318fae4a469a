import os

OPENAI_API_KEY = os.environ["HOLYSHEEP_API_KEY"]
ANTHROPIC_BASE_URL = os.getenv("HOLYSHEEP_ANTHROPIC_BASE_URL", "https://api.holysheep.ai")


def configure(update_env):
    update_env(ANTHROPIC_BASE_URL=ANTHROPIC_BASE_URL, OPENAI_API_KEY=OPENAI_API_KEY)
