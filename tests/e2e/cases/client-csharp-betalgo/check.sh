# No C# compiler among Debian's packages for these SDKs' C# versions: a
# second run makes no edit, and the brackets of the edited files balance.
python3 - <<'PY'
for f in ("Program.cs", "Chat.cs"):
    s = open(f).read()
    assert s.count("(") == s.count(")") and s.count("{") == s.count("}"), f
PY
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
