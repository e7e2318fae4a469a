# The id in the report (compared exactly as stdout) is the commit made.
grep -q "\"id\": \"$(git rev-parse HEAD)\"" "$CASE_DIR/stdout"
