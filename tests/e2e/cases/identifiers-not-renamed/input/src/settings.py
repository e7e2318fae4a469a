import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
ANTHROPIC_BASE_URL = os.getenv("ANTHROPIC_BASE_URL")


def configure(update_env):
    update_env(ANTHROPIC_BASE_URL=ANTHROPIC_BASE_URL, OPENAI_API_KEY=OPENAI_API_KEY)
