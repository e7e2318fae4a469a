# A second run changes nothing (the side-by-side client still reads the old name).
python3 -c 'import ast; [ast.parse(open(f).read()) for f in ("app.py", "summarize.py")]'
"$HOLYMIGRATE" --check -q . >/dev/null
