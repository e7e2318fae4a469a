"""Canary router: a share of the traffic goes to HolySheep, the rest stays."""
import os
import random

from openai import OpenAI

holysheep = OpenAI(
    base_url="https://api.holysheep.ai/v1",
    api_key=os.environ["HOLYSHEEP_API_KEY"],
)
legacy = OpenAI(api_key=os.environ["LEGACY_OPENAI_KEY"])


def pick(share: float) -> OpenAI:
    return holysheep if random.random() < share else legacy
