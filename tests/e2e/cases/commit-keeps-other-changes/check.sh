# The commit holds exactly the edited files, on top of the first commit.
test "$(git rev-list --count HEAD)" = 2
test "$(git show --name-only --format= HEAD)" = "app.py
run.sh"
test "$(git ls-tree HEAD run.sh | cut -c1-6)" = 100755
git show HEAD:app.py | grep -q 'https://api.holysheep.ai/v1'
# The other changes are exactly as they were: staged stays staged, unstaged
# stays unstaged; the edited files are clean.
test "$(git status --porcelain)" = "M  staged.py
 M unstaged.py
?? notes.txt"
test "$(git show :staged.py)" = "staged = 2"
test "$(git show HEAD:staged.py)" = "staged = 1"
test "$(git show HEAD:unstaged.py)" = "unstaged = 1"
test "$(git show :unstaged.py)" = "unstaged = 1"
test "$(cat unstaged.py)" = "unstaged = 2"
test "$(git log -1 --format='%an <%ae> %ad' --date=iso-strict)" = "E2E Tester <e2e@example.invalid> 2024-01-01T00:00:00+00:00"
test "$(git log -1 --format=%cd --date=iso-strict)" = "2024-01-01T00:00:00+00:00"
test "$(git log -1 --format=%B | sed '/^Made by holymigrate/d')" = "Migrate LLM endpoints to api.holysheep.ai

files changed: 2
edits: 4
  openai-api-key-env: 2
  openai-endpoint: 2
findings: 0

Action items:
- set HOLYSHEEP_API_KEY in the environments that run this code"
git log -1 --format=%B | grep -qx 'Made by holymigrate.'
# The reflog reads like `git commit`.
git reflog -1 --format=%gs | grep -q '^commit: Migrate LLM endpoints to api.holysheep.ai$'
