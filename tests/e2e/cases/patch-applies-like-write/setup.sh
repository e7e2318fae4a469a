# Every byte form the patch must carry: LF, CRLF, no final newline, latin-1,
# an executable script, and a file that also holds a key (exact in the patch).
printf 'import os\nBASE = "https://api.openai.com/v1"\nKEY = os.environ["OPENAI_API_KEY"]\n' > lf.py
printf 'base = "https://api.openai.com/v1"\r\nother = 1\r\n' > crlf.py
printf 'a = 1\nb = 2\nc = 3\nd = 4\nurl = "https://api.anthropic.com/v1"' > no-eol.py
printf '# caf\xe9 \xe0 la cr\xe8me\nURL = "https://api.openai.com/v1"\n' > latin1.py
printf '#!/bin/sh\ncurl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models\n' > run.sh
chmod 755 run.sh
mkdir -p sub/deeper
printf 'key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123"\nurl = "https://api.openai.com/v1"\n' > sub/deeper/conf.py
