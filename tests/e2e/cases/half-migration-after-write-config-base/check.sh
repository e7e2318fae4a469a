# The run after --write: no client is aimed at HolySheep (the one client takes
# its base URL from the user's configuration and spreads its options), yet
# .env.example now names HOLYSHEEP_API_KEY and no file outside the tests
# provides OPENAI_API_KEY, which createOpenAI reads by itself: --check must
# still fail, as the first run did (docs/behaviour.md §5.2).
set +e
"$HOLYMIGRATE" --check . > second.out 2>&1
status=$?
set -e
test "$status" = 1 || { cat second.out; echo "second --check exited $status, want 1"; exit 1; }
grep -q "error\[implicit-client\].*this tree names HOLYSHEEP_API_KEY and no file provides OPENAI_API_KEY any more" second.out || { cat second.out; exit 1; }
rm second.out
