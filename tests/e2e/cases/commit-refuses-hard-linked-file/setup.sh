git init -q .
git add app
git commit -qm init
# The second name is outside what is committed; git cannot store the link.
ln app/settings.env.example shared.env.example
