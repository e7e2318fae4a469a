# The patch applies with git apply and patch -p1 and gives --write's bytes.
test "$(grep -c '^diff --git' ../odd.diff)" = 5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for d in git patch write; do mkdir "$work/$d"; cp -a . "$work/$d/"; done
(cd "$work/git" && git apply "$OLDPWD/../odd.diff")
(cd "$work/patch" && patch -p1 --quiet < "$OLDPWD/../odd.diff")
(cd "$work/write" && "$HOLYMIGRATE" --write > /dev/null)
diff -r "$work/write" "$work/git"
diff -r "$work/write" "$work/patch"
grep -rq holysheep "$work/write"
