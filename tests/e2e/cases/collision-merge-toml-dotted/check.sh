# The written fly.toml parses (tomllib rejects a key defined twice) and a
# second run finds nothing more to edit.
python3 -c 'import tomllib; tomllib.load(open("fly.toml", "rb"))'
python3 -c 'import ast; ast.parse(open("app/main.py").read())'
"$HOLYMIGRATE" -q . >/dev/null
