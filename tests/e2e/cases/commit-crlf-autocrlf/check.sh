test "$(git show HEAD:app.py | od -c | grep -c '\\r' || true)" = 0
test "$(git diff HEAD~1 HEAD --numstat)" = "1	1	app.py"
test -z "$(git status --porcelain)"
od -c app.py | grep -q '\\r'
