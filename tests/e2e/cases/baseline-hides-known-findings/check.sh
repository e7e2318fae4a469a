# A new key is not in the baseline: --check fails on it alone.
printf 'NEW = "sk-3oe1HFxv8F3jlOO58GIej1234gEpq44XH5gV2RKde0000Wic"\n' >> app/settings.py
set +e
out=$("$HOLYMIGRATE" --check --baseline .holymigrate-baseline.json -q)
code=$?
set -e
test "$code" = 1
test "$out" = 'app/settings.py:5:8: error[hardcoded-key]: hard-coded API key sk-3oe…: read it from HOLYSHEEP_API_KEY instead, and revoke this key'
sed -i "$ d" app/settings.py
# A SARIF report works as a baseline too, and the baseline file itself is
# never scanned (it holds old URLs).
"$HOLYMIGRATE" --format sarif --output base.sarif -q .
"$HOLYMIGRATE" --check --baseline base.sarif -q
rm base.sarif
# The JSON report under the baseline lists no file and counts what it hid.
out_json=$(mktemp)
"$HOLYMIGRATE" --check --baseline .holymigrate-baseline.json --format json -q > "$out_json"
python3 -c '
import json; d = json.load(open("'"$out_json"'"))
assert d["files"] == [], d["files"]
assert d["summary"]["baselined"] == 2, d["summary"]
'
rm "$out_json"
