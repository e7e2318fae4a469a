# A report from an earlier run, full of old endpoints, sits in the tree.
printf '::warning file=app.py::https://api.openai.com/v1 -> OPENAI_API_KEY\n' > report.txt
cp report.txt old.patch
