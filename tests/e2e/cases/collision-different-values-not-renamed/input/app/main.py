import os

# The service reads both keys; the entries that collide elsewhere keep them unrenamed here too (docs/behaviour.md §11.2).
openai_key = os.environ["OPENAI_API_KEY"]
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
