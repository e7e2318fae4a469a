# 1 MiB of "a": 32 MiB of replacements, over the cap (8x the file + 16 MiB).
python3 -c 'open("big.txt", "w").write("a" * (1 << 20))'
