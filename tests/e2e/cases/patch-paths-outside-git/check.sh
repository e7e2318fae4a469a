# Outside git the patch names files from the scanned folder.
grep -q '^diff --git a/app/settings.py b/app/settings.py$' out.diff
cd project/src
patch -p1 --dry-run < ../../out.diff > /dev/null
git apply --check ../../out.diff
