# What a SIGKILLed run leaves: a temporary file whose process is gone (no
# pid is that large). --write removes it, says so, and never scans it.
printf 'u = "https://api.openai.com/v1"\n' >.app.py.holymigrate-tmp-999999999-0
