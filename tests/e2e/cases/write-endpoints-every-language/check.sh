python3 -c 'import ast,sys; ast.parse(open("app/client.py").read())'
python3 -c 'import json; json.load(open("nb/demo.ipynb"))'
# Idempotent: a second run finds nothing to edit.
"$HOLYMIGRATE" --check . > second.out || { cat second.out; exit 1; }
grep -q "edits:         0" second.out
rm second.out
