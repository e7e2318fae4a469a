# A file hard-linked from outside the scanned folder (cp -al, stow-style
# dotfiles, a deploy tree): git cannot store the link, so it is made here.
ln app/settings.env.example shared.env.example
