# The progress line (issue 6): on a terminal (script gives the binary a
# pseudo-terminal) one self-updating line on stderr, erased at the end; never
# when piped (the main run above has a file for stderr, and `stderr` is
# empty), with -q, or when $CI is set. HOLYMIGRATE_PROGRESS_DELAY_MS=0 (env)
# draws it at once, so the test does not depend on timing.
command -v script >/dev/null || { echo "script (bsdutils) is needed"; exit 1; }
export HOLYMIGRATE_PROGRESS_DELAY_MS=0  # the env file reaches the main run only
tty_run() { env -u CI script -qec "$1" /dev/null; }
out=$(tty_run "$HOLYMIGRATE --check . >/dev/null" || true)
grep -qE $'\rholymigrate: [0-9]+/[0-9]+ files, [0-9]+ edits?\x1b\\[K' <<<"$out"
# Erased before the summary, which reaches the terminal although stdout is
# redirected (docs/behaviour.md §10): the last erase-line is followed by it.
[[ $out == *$'\r\x1b[KSummary (check: nothing was written)'* ]]
[[ ${out##*$'\x1b[K'} == "Summary ("* ]]
[[ $out == *"check failed: 1 pending edit in 1 file"* ]]
# -q: nothing at all on stderr.
out=$(tty_run "$HOLYMIGRATE --check -q . >/dev/null" || true)
[[ $out != *"files, "* ]]
# CI set: no line either.
out=$(CI=true script -qec "$HOLYMIGRATE --check . >/dev/null" /dev/null || true)
[[ $out != *"files, "* ]]
# Piped stderr, even with a terminal on stdout: no line.
out=$(tty_run "$HOLYMIGRATE --check . 2>&1 >/dev/null | cat" || true)
[[ $out != *"files, "* ]]
