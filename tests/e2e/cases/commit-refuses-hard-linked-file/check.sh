test "$(git rev-list --count HEAD)" = 1
test "$(stat -c %h app/settings.env.example)" = 2
