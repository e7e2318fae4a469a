#!/usr/bin/env bash
# Every C#, Kotlin and Rust file an e2e case expects the tool to write
# (cases/*/expected/**/*.{cs,kt,kts,rs}) parses under that language's
# tree-sitter grammar, unless its input already did not. The grammars are
# test tooling installed by scripts/bootstrap --test into .tools/; without
# them the test is skipped (exit 77), visibly.
#   tree_sitter_parses.sh REPO_ROOT
set -euo pipefail
root=$1
tools="$root/.tools/tree-sitter"
if [[ ! -f $tools/node_modules/tree-sitter-wasms/out/tree-sitter-rust.wasm ]]; then
  echo "SKIP: tree-sitter grammars not installed (needs npm; run scripts/bootstrap --test): $tools"
  exit 77
fi
exec node "$(dirname "$0")/tree_sitter_parses.js" "$tools" "$root/tests/e2e/cases"
