# 50 nested folders with a file at the bottom, and links that loop: the
# links are skipped (never followed), the deep file is migrated.
d=.
for i in $(seq 1 50); do d=$d/d$i; done
mkdir -p "$d"
printf 'OPENAI_API_KEY=\n' >"$d/.env.example"
ln -s self self
ln -s . d1/up
ln -s ../.. d1/d2/back
