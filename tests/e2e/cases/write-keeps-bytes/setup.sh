# What a text editor would not keep: CRLF, mixed endings, a BOM, latin-1,
# no final newline, trailing spaces, a NUL after the first 8 KiB.
printf 'a = 1\r\nURL = "https://api.openai.com/v1"\r\nKEY = "OPENAI_API_KEY"  \r\n' > crlf.py
printf 'x\nOPENAI_API_KEY=1\r\nlast' > mixed.env
printf '\xef\xbb\xbfOPENAI_API_KEY=\n' > bom.env
printf '# caf\xe9 r\xe9sum\xe9\nurl = "https://api.openai.com/v1"\n' > latin1.py
printf 'OPENAI_API_KEY' > nofinal.txt
