# PATH is a folder nested in the repository: the patch names files from the
# repository root (as `git diff` does), the report from the cwd.
grep -q '^diff --git a/services/api/app.py b/services/api/app.py$' out.diff
cd repo
git apply --check ../out.diff
patch -p1 --dry-run < ../out.diff > /dev/null
git apply ../out.diff
test "$(git status --porcelain)" = " M services/api/app.py"
