#!/usr/bin/env python3
"""Module docstring.

It spans lines and mentions OpenAI() in prose.
"""
from __future__ import annotations

import os
from openai import (
    OpenAI,
)

# OpenAI() in a comment is not a call
text = "OpenAI() in a string is not a call"
client = OpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), timeout=5)
