# A 200 MiB file on one line, a URL in its middle: skipped by size (the
# default --max-filesize is 16 MiB) without reading it, so memory stays low.
python3 -c '
with open("huge.txt", "wb") as f:
    f.write(b"x" * (100 << 20) + b" https://api.openai.com/v1 " + b"y" * (100 << 20))'
printf 'u = "https://api.openai.com/v1"\n' >small.py
