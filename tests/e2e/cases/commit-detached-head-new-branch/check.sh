# A detached HEAD (a CI checkout) can still take the commit on a new branch.
test "$(git symbolic-ref HEAD)" = refs/heads/migrate
test "$(git rev-parse HEAD~1)" = "$(git rev-parse main)"
