# No Rust compiler in the Debian packages the suite installs: a second run
# makes no edit, and the brackets of the edited file balance.
python3 - <<'PY'
s = open("main.rs").read()
assert s.count("(") == s.count(")") and s.count("{") == s.count("}"), s
PY
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
