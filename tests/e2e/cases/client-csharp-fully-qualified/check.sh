# No C# compiler among Debian's packages for openai-dotnet's C# version: a
# second run makes no edit, and the brackets of the edited file balance.
python3 - <<'PY'
s = open("Clients.cs").read()
assert s.count("(") == s.count(")") and s.count("{") == s.count("}")
PY
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
