# The migrated module still parses, and a second run changes nothing.
node --check src/config.mjs
"$HOLYMIGRATE" --check -q . >/dev/null
