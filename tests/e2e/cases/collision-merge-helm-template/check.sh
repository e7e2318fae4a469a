# One HOLYSHEEP_API_KEY entry is left in the container's env list (the
# template itself is checked for duplicate keys, with its actions blanked,
# by ctest e2e-expected-keys-unique) and a second run finds nothing to edit.
test "$(grep -c 'name: HOLYSHEEP_API_KEY' charts/chat/templates/deployment.yaml)" = 1
"$HOLYMIGRATE" -q . >/dev/null
