python3 - <<'PY'
import ast, json
nb = json.load(open("demo.ipynb"))
for cell in nb["cells"]:
    if cell["cell_type"] == "code":
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        ast.parse(src)
PY
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
