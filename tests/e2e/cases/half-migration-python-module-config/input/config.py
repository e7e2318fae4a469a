"""Settings shared by the workers; the calls live in other modules."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
