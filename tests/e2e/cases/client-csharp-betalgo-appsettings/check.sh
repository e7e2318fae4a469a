# The JSON files still parse; a second run makes no edit.
for f in */appsettings*.json; do python3 -m json.tool "$f" > /dev/null; done
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
