# The repository stores LF; the work tree has CRLF (core.autocrlf=true). The
# commit must store the edit as git add would: LF, no other line changed.
git init -q
git config core.autocrlf true
printf 'a = 1\nURL = "https://api.openai.com/v1"\nb = 2\n' > app.py
git add app.py
git commit -qm init
rm app.py
git checkout -- app.py
od -c app.py | grep -q '\\r'
