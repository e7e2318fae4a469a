git init -q
git add -A
git commit -qm init
git checkout -qb other
echo 'v = 1' > conflict.txt
git commit -qam other
git checkout -q main
echo 'v = 2' > conflict.txt
git commit -qam main
git merge -q other > /dev/null 2>&1 || true
test -f .git/MERGE_HEAD
