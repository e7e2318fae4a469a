import os

# The service reads both keys (docs/behaviour.md §4.6: so its container env is renamed).
openai_key = os.environ["OPENAI_API_KEY"]
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
