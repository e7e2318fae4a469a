# The file holds exactly what --format github prints on stdout.
diff -u "$CASE_DIR/../format-github/stdout" ../annotations.txt
