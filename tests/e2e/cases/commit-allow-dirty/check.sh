# The user's own change to the edited file goes into the commit with the edit.
test "$(git show HEAD:app.py)" = 'URL = "https://api.holysheep.ai/v1"
TIMEOUT = 5'
test -z "$(git status --porcelain)"
