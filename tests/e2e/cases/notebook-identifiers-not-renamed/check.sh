# The notebook stays valid JSON and a second run changes nothing.
python3 -c 'import json; json.load(open("analysis.ipynb"))'
"$HOLYMIGRATE" --check -q . >/dev/null
