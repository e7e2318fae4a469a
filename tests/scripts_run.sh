#!/usr/bin/env bash
# ctest scripts-run-example: the README's first command, `scripts/run`, on the
# bundled example, with the build tree under test (HOLYMIGRATE_BUILD, so
# nothing is built here). It must run the dry run and exit 0 with the diff
# and the summary; with a PATH it must run on that PATH. (scripts/run once
# built the binary and then failed with "build: unbound variable".)
set -euo pipefail
root=$1
build=$2
out=$(HOLYMIGRATE_BUILD=$build NO_COLOR=1 bash "$root/scripts/run" 2>&1)
grep -q '^diff --git a/examples/chatbot/' <<<"$out" || { echo "no diff of the example:"; echo "$out"; exit 1; }
grep -q '^Summary (dry run' <<<"$out" || { echo "no summary:"; echo "$out"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
printf 'KEY = os.environ["OPENAI_API_KEY"]\n' >"$tmp/a.py"
out=$(cd "$tmp" && HOLYMIGRATE_BUILD=$build NO_COLOR=1 bash "$root/scripts/run" --stat . 2>&1)
grep -q 'a.py *| 1 edit' <<<"$out" || { echo "PATH not run:"; echo "$out"; exit 1; }
cmp -s <(printf 'KEY = os.environ["OPENAI_API_KEY"]\n') "$tmp/a.py" || { echo "a dry run wrote"; exit 1; }
echo "scripts/run: example and PATH dry runs as expected"
