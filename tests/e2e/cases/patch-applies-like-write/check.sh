# The patch applies to a pristine copy with `git apply` and with `patch -p1`,
# from the scanned folder, and both give the same bytes (and modes) as --write.
grep -q '^diff --git a/sub/deeper/conf.py b/sub/deeper/conf.py$' changes.diff
grep -q '^index [0-9a-f]*\.\.[0-9a-f]* 100755$' changes.diff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for d in pristine git patch write; do
  mkdir "$work/$d"
  cp -a . "$work/$d/"
  rm "$work/$d/changes.diff"
done
here=$PWD
(cd "$work/git" && git apply --check "$here/changes.diff" 2> "$work/git.err" && git apply "$here/changes.diff")
test ! -s "$work/git.err" || { cat "$work/git.err"; exit 1; }
(cd "$work/patch" && patch -p1 --dry-run < "$here/changes.diff" > /dev/null && patch -p1 --quiet < "$here/changes.diff")
(cd "$work/write" && "$HOLYMIGRATE" --write > /dev/null)
diff -r "$work/write" "$work/git"
diff -r "$work/write" "$work/patch"
for d in git patch write; do test "$(stat -c %a "$work/$d/run.sh")" = 755; done
! diff -rq "$work/pristine" "$work/write" > /dev/null
# A second run does not scan its own earlier patch (it holds the old URLs).
cp changes.diff "$work/first.diff"
"$HOLYMIGRATE" --patch changes.diff > /dev/null
cmp changes.diff "$work/first.diff"
