# This name got its own migrated copy; the other name keeps the old content.
test "$(stat -c %h app/settings.env.example)" = 1
test "$(stat -c %h shared.env.example)" = 1
grep -q api.openai.com shared.env.example
