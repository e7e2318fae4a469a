# The SARIF the run wrote (outside the tree, so the version in it needs no
# normalising) must have zero errors and zero warnings under
# `sarif-multitool validate` (notes, such as "rule ids are not CS2001-style",
# are advice and allowed). Its summary is printed for the log.
validator="$CASE_DIR/../../../../.tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$validator" validate ../holymigrate.sarif >"$log" 2>&1 || {
  cat "$log"
  exit 1
}
cat "$log"
if grep -E ': (error|warning) ' "$log"; then
  echo "sarif-validates: the validator reported the problems above"
  exit 1
fi
grep -q 'Analysis completed successfully' "$log"
