chmod 755 run.sh
git init -q
git add -A
git commit -qm init
# Unrelated work in progress: one change staged, one not, one new file.
echo 'staged = 2' > staged.py
git add staged.py
echo 'unstaged = 2' > unstaged.py
echo 'notes' > notes.txt
