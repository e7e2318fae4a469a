# Every Python file the tool wrote still parses, and a second run makes no edit.
for f in *.py; do
  python3 -c 'import ast,sys; ast.parse(open(sys.argv[1]).read())' "$f"
done
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
