# Nothing printed may hold a key beyond its first 6 characters; the file itself is untouched.
"$HOLYMIGRATE" . > out.txt 2>&1 || true
"$HOLYMIGRATE" --format json . >> out.txt 2>&1 || true
"$HOLYMIGRATE" --check . >> out.txt 2>&1 || true
! grep -E 'sk-proj-Zq|sk-ant-api03|Zq8vN3kLm2|Qw7eR5tY3u' out.txt
rm out.txt
