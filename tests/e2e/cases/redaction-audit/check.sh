# Every output channel and format, for every key: nothing past its first 6
# characters. The --patch file is exempt (the user's own bytes; it must
# apply): checked to apply instead. Commit messages (--commit) join this
# list next.
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
out=$t/out
: >"$out"
channel() { "$@" >>"$out" 2>&1 || true; }
channel "$HOLYMIGRATE" .
channel "$HOLYMIGRATE" --color always .
channel "$HOLYMIGRATE" --check .
channel "$HOLYMIGRATE" -q .
channel "$HOLYMIGRATE" --format json .
channel "$HOLYMIGRATE" --check --format json .
channel "$HOLYMIGRATE" --format sarif .
channel "$HOLYMIGRATE" --check --format github .
channel "$HOLYMIGRATE" --patch "$t/p.diff" .
channel "$HOLYMIGRATE" rules test
cp -a . "$t/w"
(cd "$t/w" && channel "$HOLYMIGRATE" --write . && channel "$HOLYMIGRATE" --write --format json .)
python3 - "$out" <<'PY'
import sys
out = open(sys.argv[1], "rb").read().decode("utf-8", "replace")
keys = ["sk-Q7dK29xLmP4vR8tZ3nB6wY1cMjOJl81pjHsfR8Ji5j5abSCU", "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",
        "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Q1j5HCJ7NINEgxXSfDjyhgR9MhppXVQQ8WqgeZJKuFeBI0Aynh4IlSNR9lptuVqTchAA"]
leaks = [(k, k[i:i + 5]) for k in keys for i in range(6, len(k) - 4) if k[i:i + 5] in out]
assert not leaks, "key text beyond 6 characters in the output: %s" % leaks[:3]
assert out.count("sk-Q7d") >= 3, "the planted keys were not even found"
PY
cp -a . "$t/a"
(cd "$t/a" && git init -q . && git apply "$t/p.diff")
rm -rf "$t/a/.git"
diff -r "$t/a" "$t/w"
