# The run after --write: `client` now has the inserted form, which makes the
# unfixed `OpenAI(**opts)` beside it a side-by-side client by shape; its key
# (OPENAI_API_KEY) is provided nowhere any more, so --check must still fail
# (docs/behaviour.md §5.2).
set +e
"$HOLYMIGRATE" --check . > second.out 2>&1
status=$?
set -e
test "$status" = 1 || { cat second.out; echo "second --check exited $status, want 1"; exit 1; }
grep -q "error\[legacy-client\].*no file provides OPENAI_API_KEY any more" second.out || { cat second.out; exit 1; }
rm second.out
python3 -c 'import ast; ast.parse(open("app.py").read())'
