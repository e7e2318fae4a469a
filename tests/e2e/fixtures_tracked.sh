#!/usr/bin/env bash
# Fails when a fixture file under tests/e2e/cases/ is git-ignored: a
# fixture's own .gitignore (a case about git) hides files from `git add`, and
# the case then passes here but fails on a fresh clone. Fix: `git add -f`.
set -euo pipefail
src=$1
git -C "$src" rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git checkout; nothing to check"; exit 0; }
ignored=$(git -C "$src" ls-files --others --ignored --exclude-standard -- tests/e2e/cases)
if [[ -n $ignored ]]; then
  echo "these fixture files are git-ignored and would be missing from a clone (git add -f them):"
  echo "$ignored"
  exit 1
fi
