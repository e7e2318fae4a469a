# NAME is checked out and holds the commit; main did not move.
test "$(git symbolic-ref HEAD)" = refs/heads/migrate/holysheep
test "$(git rev-parse HEAD~1)" = "$(git rev-parse main)"
test "$(git rev-list --count main)" = 1
test "$(git log -1 --format=%s)" = "chore: move to HolySheep"
test -z "$(git status --porcelain)"
git show main:.env.example | grep -q '^OPENAI_API_KEY=$'
