for f in *.js *.mjs *.cjs; do
  node --check "$f"
done
# A second run makes no edit.
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
