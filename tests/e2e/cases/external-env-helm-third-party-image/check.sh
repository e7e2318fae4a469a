# docs/behaviour.md §4.6: the image reads OPENAI_API_KEY and OPENAI_BASE_URL,
# and no code in the tree reads them: the names stay, only the URL moves.
grep -q '  OPENAI_API_KEY: ""' charts/webui/values.yaml
grep -q '  OPENAI_BASE_URL: https://api.holysheep.ai/v1' charts/webui/values.yaml
grep -q 'key: OPENAI_API_KEY' charts/webui/templates/deployment.yaml
! grep -rq HOLYSHEEP_ .
python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict charts/webui/values.yaml
