#!/usr/bin/env bash
# Determinism (issue 7): the same JSON report and the same text output with
# -j1 and -j8 on the generated corpus, apart from the elapsed time.
#   determinism.sh BINARY CORPUS_DIR
set -euo pipefail
bin=$1 corpus=$2
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
cd "$corpus"
for j in 1 8; do
  # --no-ignore: the corpus sits in a git-ignored build folder. Exit 1 is
  # "edits pending" under --check.
  "$bin" --no-ignore --check --format json -j "$j" . | grep -v '"elapsed_seconds"' >"$tmp/json-$j" || (($? == 1))
  "$bin" --no-ignore --check -j "$j" . | grep -v '^  elapsed:' >"$tmp/text-$j" || (($? == 1))
done
grep -q '"files_changed": [1-9]' "$tmp/json-1" || { echo "the corpus gave no edits"; exit 1; }
diff -u "$tmp/json-1" "$tmp/json-8"
diff -u "$tmp/text-1" "$tmp/text-8"
echo "same JSON and text with -j1 and -j8 ($(wc -l <"$tmp/json-1") JSON lines)"
