python3 -c 'import ast,sys; ast.parse(open(sys.argv[1]).read())' litellm_calls.py
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
