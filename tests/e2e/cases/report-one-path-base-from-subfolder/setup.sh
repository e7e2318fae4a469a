git init -q .
git add -A
