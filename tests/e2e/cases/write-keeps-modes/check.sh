test "$(stat -c %a run.sh)" = 755
test "$(stat -c %a secret.env)" = 640
cmp secret.env <(printf 'HOLYSHEEP_API_KEY=\n')
test -z "$(find . -name '*holymigrate-tmp*')"
