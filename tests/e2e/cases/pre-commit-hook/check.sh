# The pre-commit hook in .pre-commit-hooks.yaml, run for real with
# `pre-commit try-repo` on a temporary repository when pre-commit is
# installed (Debian: apt-get install pre-commit); otherwise its command line
# is checked: `entry` run on the same files must give the same exit codes.
root=$(cd "$CASE_DIR/../../../.." && pwd)
hooks="$root/.pre-commit-hooks.yaml"
grep -qx '  entry: holymigrate --check' "$hooks"
grep -qx -- '- id: holymigrate-check' "$hooks"
export PATH="$(dirname "$HOLYMIGRATE"):$PATH"

printf 'BASE = "https://api.openai.com/v1"\n' > old.py
git init -q .
git add clean.py old.py

if command -v pre-commit >/dev/null && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  echo "running the hook with pre-commit $(pre-commit --version)"
  # Dirty: the staged old.py holds an old endpoint -> the hook fails and shows the diff.
  if out=$(pre-commit try-repo "$root" holymigrate-check --files clean.py old.py 2>&1); then
    echo "$out"; echo "the hook passed on a pending edit"; exit 1
  fi
  grep -q 'https://api.holysheep.ai/v1' <<<"$out" || { echo "$out"; exit 1; }
  # Clean after --write -> the hook passes.
  holymigrate --write -q old.py
  git add old.py
  pre-commit try-repo "$root" holymigrate-check --files clean.py old.py >/dev/null 2>&1 || {
    pre-commit try-repo "$root" holymigrate-check --files clean.py old.py; exit 1; }
else
  echo "pre-commit not installed: checking the hook's command line instead"
  set +e
  holymigrate --check clean.py old.py >/dev/null; dirty=$?
  holymigrate --write -q old.py
  holymigrate --check clean.py old.py >/dev/null; clean=$?
  set -e
  [[ $dirty == 1 && $clean == 0 ]]
fi
