unstaged = 1
