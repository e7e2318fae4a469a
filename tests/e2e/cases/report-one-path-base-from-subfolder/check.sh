# Run from a subfolder of the repository, every path of the text report is
# relative to the current folder: the diff headers as well as --stat, the
# findings and the summary (docs/behaviour.md §10). The --patch file alone
# names files from the repository root, so that `git apply` takes it there.
cd app
"$HOLYMIGRATE" . >../out.txt 2>&1 || true
grep -qx 'diff --git a/src/a.py b/src/a.py' ../out.txt || { cat ../out.txt; echo "diff header not relative to the current folder"; exit 1; }
grep -qx -- '--- a/src/a.py' ../out.txt || { echo "--- line not relative to the current folder"; exit 1; }
grep -q '^src/a.py:4:' ../out.txt || { echo "finding not relative to the current folder"; exit 1; }
! grep -q 'app/src/a.py' ../out.txt || { echo "a second path base: app/src/a.py"; exit 1; }
"$HOLYMIGRATE" -q --patch - . >../patch.txt
grep -qx 'diff --git a/app/src/a.py b/app/src/a.py' ../patch.txt || { cat ../patch.txt; echo "the patch is not from the repository root"; exit 1; }
cd .. && git apply --check patch.txt
rm out.txt patch.txt
