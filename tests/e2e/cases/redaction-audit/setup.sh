# Distinctive fake keys (docs/behaviour.md §5.3) in every position a report could quote:
# on an edited line, alone, in comments, JSON, URLs, .env files, CRLF files,
# a suppressed line, two on one line, at the end of a file without newline.
k1=sk-Q7dK29xLmP4vR8tZ3nB6wY1cMjOJl81pjHsfR8Ji5j5abSCU
k2=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
k3=sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Q1j5HCJ7NINEgxXSfDjyhgR9MhppXVQQ8WqgeZJKuFeBI0Aynh4IlSNR9lptuVqTchAA
mkdir -p src web conf
cat >src/app.py <<PY
import os
client = OpenAI(base_url="https://api.openai.com/v1", api_key="$k1")  # edited line
KEY = "$k2"
# old key: $k3
url = "https://api.openai.com/v1/models?key=$k1"
both = ["$k1", "$k2"]
ignored = "$k3"  # holymigrate: ignore
PY
printf 'OPENAI_API_KEY=%s\nANTHROPIC_API_KEY=%s\n' "$k2" "$k3" >.env.example
printf '{"base": "https://api.anthropic.com", "key": "%s"}\n' "$k3" >conf/settings.json
printf 'const k = "%s";\r\nconst u = "https://api.openai.com/v1";\r\n' "$k2" >web/client.js
printf 'export OPENAI_API_KEY=%s' "$k1" >run.sh
