# Names a diff or a line-oriented report could trip on (docs/behaviour.md §10): spaces,
# a newline, a leading dash, a quote, a backslash, bytes that are not UTF-8.
for name in 'with space.py' $'new\nline.py' '-dash.py' 'quo"te.py' 'back\slash.py' $'bad\xff.py'; do
  printf 'u = "https://api.openai.com/v1"\nk = "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"\n' >"$name"
done
