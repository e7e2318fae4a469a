#!/usr/bin/env bash
# Every JavaScript/TypeScript file an e2e case expects the tool to write
# (cases/*/expected/**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}) parses under the
# TypeScript compiler, unless its input already did not (a hostile fixture).
# The compiler is test tooling installed by scripts/bootstrap into .tools/;
# without it the test is skipped (exit 77), visibly.
#   js_parses.sh REPO_ROOT
set -euo pipefail
root=$1
ts="$root/.tools/typescript/node_modules/typescript/lib/typescript.js"
if [[ ! -f $ts ]]; then
  echo "SKIP: TypeScript not installed (needs npm; run scripts/bootstrap): $ts"
  exit 77
fi
exec node "$(dirname "$0")/js_parses.js" "$ts" "$root/tests/e2e/cases"
