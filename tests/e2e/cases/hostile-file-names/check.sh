# The patch applies with git apply and patch -p1 and gives what --write
# gives; the JSON parses; every finding stays on one line.
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
for d in git patch write; do cp -a . "$t/$d"; done
"$HOLYMIGRATE" --patch "$t/p.diff" . >/dev/null
(cd "$t/git" && git init -q . && git apply "$t/p.diff")
(cd "$t/patch" && patch -s -p1 <"$t/p.diff")
(cd "$t/write" && "$HOLYMIGRATE" --write -q . >/dev/null)
rm -rf "$t/git/.git"
diff -r "$t/git" "$t/write"
diff -r "$t/patch" "$t/write"
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["files"]) == 6, d'
test "$("$HOLYMIGRATE" -q . | wc -l)" = 6
