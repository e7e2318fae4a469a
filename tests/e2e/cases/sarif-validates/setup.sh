# Microsoft's SARIF validator, installed by scripts/bootstrap into .tools/
# when npm is available. Without it this case is skipped, visibly.
root=$(cd "$CASE_DIR/../../../.." && pwd)
validator="$root/.tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ ! -x $validator ]]; then
  echo "SKIP: SARIF validator not installed (needs npm; run scripts/bootstrap --test): $validator"
  exit 77
fi
cp -a "$CASE_DIR/../format-sarif/input/." .
