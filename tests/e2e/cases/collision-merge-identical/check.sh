# Every YAML/JSON/.env file written parses with duplicate keys rejected.
python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict
# A second run changes nothing.
"$HOLYMIGRATE" --check -q >/dev/null
