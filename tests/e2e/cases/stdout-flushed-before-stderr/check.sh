# With stdout and stderr in one file (2>&1), the warning about a leftover
# temporary file comes after the diff, never spliced into it: stdout is
# flushed before anything goes to stderr (docs/behaviour.md §10).
printf 'old\n' > .a.py.holymigrate-tmp-999999-1
"$HOLYMIGRATE" . >combined 2>&1
rm .a.py.holymigrate-tmp-999999-1
diff_end=$(grep -n '^+u = ' combined | cut -d: -f1)
warning=$(grep -n 'holymigrate: warning: .a.py.holymigrate-tmp' combined | cut -d: -f1)
rm combined
test -n "$diff_end" && test -n "$warning" && test "$warning" -gt "$diff_end"
