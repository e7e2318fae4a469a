# Every code cell parses as Python once its cell magic line is set aside, the
# magic stays the first line, and the %%writefile cell imports os itself.
python3 - <<'PY'
import ast, json
for name in ("timed.ipynb", "colab_app.ipynb"):
    nb = json.load(open(name))
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        if src.startswith("!"):
            continue
        lines = src.split("\n")
        if lines[0].startswith("%%"):
            assert lines[0] in ("%%time", "%%writefile app.py"), lines[0]
            src = "\n".join(lines[1:])
        tree = ast.parse(src)
        if lines[0] == "%%writefile app.py":
            assert any(isinstance(n, ast.Import) and n.names[0].name == "os" for n in tree.body), src
PY
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
