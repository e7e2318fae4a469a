# With stdout and stderr in one file (2>&1), the warning about the leftover
# temporary file comes after the diff, never spliced into it: stdout is
# flushed before anything goes to stderr.
"$HOLYMIGRATE" . >combined 2>&1
diff_end=$(grep -n '^+u = ' combined | cut -d: -f1)
warning=$(grep -n 'holymigrate: warning: .a.py.holymigrate-tmp' combined | cut -d: -f1)
rm combined
test -n "$diff_end" && test -n "$warning" && test "$warning" -gt "$diff_end"
