# Text groups the five identical findings (three locations shown); the JSON
# report keeps every one of them (docs/behaviour.md §10).
n=$("$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(1 for f in d["files"] for x in f["findings"] if x["rule"]=="anthropic-sdk"))')
test "$n" = 5
