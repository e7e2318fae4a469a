ruby -c config/initializers/openai.rb >/dev/null
ruby -c setup.rb >/dev/null
# A second run makes no edit.
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
