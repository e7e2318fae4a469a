# A second run finds nothing more to edit.
"$HOLYMIGRATE" -q . >/dev/null
