test "$(git rev-list --count HEAD)" = 1
