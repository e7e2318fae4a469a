# Still one file under two names.
test "$(stat -c %h app/settings.env.example)" = 2
test "$(stat -c %i app/settings.env.example)" = "$(stat -c %i shared.env.example)"
