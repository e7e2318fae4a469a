# The run after --write: chat.ts is aimed at HolySheep, .env.example provides
# only HOLYSHEEP_API_KEY, and bridge.ts still reads ANTHROPIC_API_KEY by itself:
# --check must still fail (docs/behaviour.md §5.2).
set +e
"$HOLYMIGRATE" --check . > second.out 2>&1
status=$?
set -e
test "$status" = 1 || { cat second.out; echo "second --check exited $status, want 1"; exit 1; }
grep -q "error\[implicit-client\].*no file provides ANTHROPIC_API_KEY any more" second.out || { cat second.out; exit 1; }
rm second.out
