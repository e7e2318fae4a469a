unstaged = 2
