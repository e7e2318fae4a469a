#!/usr/bin/env bash
# -i/--interactive in a real terminal (docs/behaviour.md §10). tmux runs the
# binary on a copy of input/; each answer is typed with send-keys once its
# prompt is on the screen (capture-pane polled, never a fixed wait); then the
# tree is compared with expected/ and the whole screen with `screen`
# (elapsed time normalised).
#
#   tmux_review.sh BINARY            exit 0 pass, 1 fail, 77 skipped (no tmux)
#   UPDATE=1 tmux_review.sh BINARY   rewrites expected/ and screen from the run
set -euo pipefail
binary=$(realpath -e -- "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! command -v tmux >/dev/null 2>&1; then
  echo "skipped: tmux is not installed (scripts/bootstrap --test installs it)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/holymigrate-tmux.XXXXXX")
socket=holymigrate-review-$$
trap 'tmux -L "$socket" kill-server >/dev/null 2>&1 || true; rm -rf -- "$tmp"' EXIT
mkdir "$tmp/work"
cp -a -- "$here/input/." "$tmp/work/"

# A private tmux server (-L) without the user's configuration; a clean
# environment for the binary; a screen wide enough for the diff lines and
# tall enough that nothing scrolls out of the capture.
tmux -L "$socket" -f /dev/null new-session -d -s review -x 120 -y 100 \
  "cd '$tmp/work' && env -i PATH=/usr/bin:/bin HOME='$tmp' LC_ALL=C.UTF-8 TERM=screen \
     '$binary' -i --color never .; echo \"exit=\$?\"; sleep 600"

screen() { tmux -L "$socket" capture-pane -p -J -S - -E - -t review; }
# Waits until TEXT is on at least N lines of the screen (5 s at most).
wait_for() {
  local text=$1 n=${2:-1}
  for _ in $(seq 1 100); do
    (($(screen | grep -cF -- "$text" || true) >= n)) && return 0
    sleep 0.05
  done
  echo "tmux_review.sh: timed out waiting for \"$text\" (x$n); the screen:"
  screen
  exit 1
}
answer() { tmux -L "$socket" send-keys -t review -l "$1" && tmux -L "$socket" send-keys -t review Enter; }

# 1: the client fix and the .env rename, tied: first ask for help, then accept.
wait_for "(1/3) Apply these 2 hunks [y,n,a,d,q,?]? "
answer "?"
wait_for "(1/3) Apply these 2 hunks [y,n,a,d,q,?]? " 2
answer y
# 2 and 3: two hunks of README.md, refuse the first, accept the second.
wait_for "(2/3) Apply this hunk [y,n,a,d,q,?]? "
answer n
wait_for "(3/3) Apply this hunk [y,n,a,d,q,?]? "
answer y
wait_for "exit="

got=$(screen | sed -E 's/(elapsed:[[:space:]]*)[0-9.]+(ms|s)/\1<elapsed>/' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}')
status=0
if [[ ${UPDATE:-0} == 1 ]]; then
  printf '%s\n' "$got" >"$here/screen"
  rm -rf -- "$here/expected" && mkdir "$here/expected" && cp -a -- "$tmp/work/." "$here/expected/"
  echo "tmux_review.sh: updated screen and expected/"
  exit 0
fi
diff -u "$here/screen" <(printf '%s\n' "$got") || { echo "tmux_review.sh: the screen differs"; status=1; }
diff -r -u "$here/expected" "$tmp/work" || { echo "tmux_review.sh: the files differ"; status=1; }
exit $status
