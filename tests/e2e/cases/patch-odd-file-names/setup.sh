# Names git writes quoted (tab, backslash, double quote, non-ASCII) or with a
# tab after them (a space).
mkdir "my dir"
for name in "my dir/$(printf 'caf\xc3\xa9') x.py" "$(printf 'tab\tname.py')" 'back\slash.py' 'q"uote.py' plain.py; do
  printf 'u = "https://api.openai.com/v1"\n' > "$name"
done
