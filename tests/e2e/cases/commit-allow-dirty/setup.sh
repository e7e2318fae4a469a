git init -q
git add -A
git commit -qm init
printf 'TIMEOUT = 5\n' >> app.py
