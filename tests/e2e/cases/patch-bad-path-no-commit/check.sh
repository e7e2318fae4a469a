# --patch to a folder that does not exist stops --commit before anything is
# written or committed (docs/behaviour.md §1): HEAD is still the one commit
# and the tree is clean.
test "$(git rev-list --count HEAD)" = 1
test -z "$(git status --porcelain)"
