# Every Python file and notebook cell the tool wrote still parses.
for f in *.py; do
  python3 -c 'import ast,sys; ast.parse(open(sys.argv[1]).read())' "$f"
done
python3 - <<'PY'
import ast, json
for cell in json.load(open("notebook.ipynb"))["cells"]:
    ast.parse("".join(cell["source"]))
PY
# A second run makes no edit.
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
