python3 -c 'import ast; ast.parse(open("auth.py").read())'
python3 "$CASE_DIR/../../lib/no_duplicate_keys.py" --strict
