cmp crlf.py <(printf 'a = 1\r\nURL = "https://api.holysheep.ai/v1"\r\nKEY = "HOLYSHEEP_API_KEY"  \r\n')
cmp mixed.env <(printf 'x\nHOLYSHEEP_API_KEY=1\r\nlast')
cmp bom.env <(printf '\xef\xbb\xbfHOLYSHEEP_API_KEY=\n')
cmp latin1.py <(printf '# caf\xe9 r\xe9sum\xe9\nurl = "https://api.holysheep.ai/v1"\n')
cmp nofinal.txt <(printf 'HOLYSHEEP_API_KEY')
# A second --write changes nothing, and nothing is left behind.
"$HOLYMIGRATE" --write . > /dev/null
cmp crlf.py <(printf 'a = 1\r\nURL = "https://api.holysheep.ai/v1"\r\nKEY = "HOLYSHEEP_API_KEY"  \r\n')
test -z "$(find . -name '*holymigrate-tmp*')"
