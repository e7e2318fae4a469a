#!/usr/bin/env python3
"""Module docstring.

It spans lines and mentions OpenAI() in prose.
"""
from __future__ import annotations

from openai import (
    OpenAI,
)

# OpenAI() in a comment is not a call
text = "OpenAI() in a string is not a call"
client = OpenAI(timeout=5)
