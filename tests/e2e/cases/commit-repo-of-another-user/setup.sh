[ "$(id -u)" = 0 ] || { echo "needs root (to give the repository to another user)"; exit 77; }
id nobody > /dev/null 2>&1 || { echo "needs a user 'nobody'"; exit 77; }
git init -q
git add -A
git commit -qm init
chown -R nobody .
