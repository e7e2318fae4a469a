test "$(git rev-list --count HEAD)" = 1
test "$(git status --porcelain)" = "M  staged.py
 M unstaged.py
?? untracked.py"
