#!/usr/bin/env bash
# Checks that the key works and the model answers, before a deploy.
set -euo pipefail

: "${OPENAI_API_KEY:?set OPENAI_API_KEY first}"

curl -fsS https://api.openai.com/v1/chat/completions \
  -H "Authorization: Bearer $OPENAI_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"model": "gpt-4o-mini", "max_tokens": 5,
       "messages": [{"role": "user", "content": "Réponds seulement « ok »."}]}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["choices"][0]["message"]["content"])'
