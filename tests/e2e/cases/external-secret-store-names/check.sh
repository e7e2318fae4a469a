python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict
