# `holymigrate help` is the help, not a PATH named "help" (docs/behaviour.md §1);
# the help lists the subcommands and names what options take.
out=$("$HOLYMIGRATE" help)
grep -q 'holymigrate rules explain ID' <<<"$out"
grep -q 'holymigrate rules test \[PATH…\]' <<<"$out"
grep -q -- '--patch FILE' <<<"$out"
grep -q -- '--include GLOB' <<<"$out"
grep -q -- '--only ID' <<<"$out"
grep -q -- '--to URL' <<<"$out"
out=$("$HOLYMIGRATE" help rules)
grep -q 'explain' <<<"$out"
