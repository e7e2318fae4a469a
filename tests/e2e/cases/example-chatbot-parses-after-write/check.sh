# docs/behaviour.md §11: the bundled example, migrated with --write, still
# parses everywhere with duplicate keys rejected (compose, Kubernetes,
# workflows, .env files, JSON), its Python parses, and a second run has
# nothing left to do. Runs on a copy made here so the case does not pin the
# example's exact text (scripts/run shows that).
example="$CASE_DIR/../../../../examples/chatbot"
cp -a "$example" ex
cd ex
"$HOLYMIGRATE" --write -q . >/dev/null
python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict
for f in $(find . -name '*.py'); do python3 -c 'import ast,sys; ast.parse(open(sys.argv[1]).read())' "$f"; done
"$HOLYMIGRATE" --format json -q . |
  python3 -c 'import json,sys; n=json.load(sys.stdin)["summary"]["edits"]; sys.exit(f"second run: {n} edits" if n else 0)'
