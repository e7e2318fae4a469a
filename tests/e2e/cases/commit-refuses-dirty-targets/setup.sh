git init -q
git add -A
git commit -qm init
printf '# staged edit\n' >> staged.py
git add staged.py
printf '# unstaged edit\n' >> unstaged.py
printf 'URL = "https://api.openai.com/v1"\n' > untracked.py
