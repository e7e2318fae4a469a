# Only the file under PATH is edited and committed; paths from the root.
test "$(git show --name-only --format= HEAD)" = "services/api/app.py"
grep -q 'https://api.openai.com/v1' web/client.js
test -z "$(git status --porcelain)"
grep -q '^diff --git a/services/api/app.py b/services/api/app.py$' ../migration.diff
# The patch is the commit: it reverses cleanly on the new tree.
git apply --check -R ../migration.diff
