#!/usr/bin/env bash
# Runs one end-to-end case against the real binary and compares the result
# exactly. The case folder format is documented in tests/e2e/README.md.
#
#   run_case.sh BINARY CASEDIR          exit 0: pass, 1: fail, 2: bad usage/case
#   UPDATE=1 run_case.sh BINARY CASEDIR rewrites the case's expected/, stdout,
#                                       stderr (when present or non-empty) and
#                                       exit from the actual run
set -euo pipefail

usage() {
  echo "usage: run_case.sh BINARY CASEDIR" >&2
  exit 2
}
(($# == 2)) || usage
binary=$(realpath -e -- "$1") || { echo "run_case.sh: no binary at '$1'" >&2; exit 2; }
case_dir=$(realpath -e -- "$2") || { echo "run_case.sh: no case folder '$2'" >&2; exit 2; }
[[ -x $binary && -d $case_dir ]] || usage
case_name=$(basename "$case_dir")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
update=${UPDATE:-0}

# No input/ means an empty tree: git does not keep empty folders, so a case
# whose input/ is empty has none in a clone.
# The project version, replaced by <version> in stdout/stderr.
version=$(sed -nE 's/^project\(holymigrate VERSION ([0-9.]+).*/\1/p' "$here/../../CMakeLists.txt")

umask 022
tmp=$(mktemp -d "${TMPDIR:-/tmp}/holymigrate-e2e.XXXXXX")
tmp=$(realpath "$tmp")
trap 'chmod -R u+rwX -- "$tmp" 2>/dev/null; rm -rf -- "$tmp"' EXIT
work=$tmp/work     # the copy the binary runs in
before=$tmp/before # the copy as it was just before the binary ran
mkdir -p "$work" "$tmp/home"

# A clean, fixed environment: the host's git config, identity, locale and
# colour settings cannot leak into the run.
while IFS= read -r name; do
  unset "$name"
done < <(compgen -e | grep -E '^(GIT_|NO_COLOR$|CLICOLOR|FORCE_COLOR$|HOLYSHEEP_|OPENAI_|ANTHROPIC_)' || true)
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config
export GIT_CONFIG_NOSYSTEM=1 GIT_CEILING_DIRECTORIES=$tmp
export GIT_AUTHOR_DATE="2024-01-01T00:00:00Z" GIT_COMMITTER_DATE="2024-01-01T00:00:00Z"
export LC_ALL=C.UTF-8 TZ=UTC TERM=dumb
unset LANG LANGUAGE
cat >"$HOME/.gitconfig" <<'EOF'
[user]
	name = E2E Tester
	email = e2e@example.invalid
[init]
	defaultBranch = main
[commit]
	gpgsign = false
EOF
export CASE_DIR=$case_dir
# The binary under test, for check.sh (e.g. to run it a second time).
export HOLYMIGRATE=$binary

if [[ -d $case_dir/input ]]; then
  cp -a -- "$case_dir/input/." "$work/"
fi
if [[ -f $case_dir/setup.sh ]]; then
  set +e
  (cd "$work" && bash -euo pipefail "$case_dir/setup.sh") >"$tmp/setup.log" 2>&1
  setup_status=$?
  set -e
  if ((setup_status == 77)); then # e.g. a permission case run as root
    echo "SKIP $case_name: $(tail -n 1 "$tmp/setup.log")"
    exit 77
  elif ((setup_status != 0)); then
    echo "FAIL $case_name: setup.sh failed (exit $setup_status):" >&2
    cat "$tmp/setup.log" >&2
    exit 1
  fi
fi

# Metadata that "the run must not touch anything" also covers: type, mode,
# size and modification time of every entry (.git excluded).
metadata() {
  (cd "$1" && { find . -mindepth 1 -name .git -prune -o -printf '%P\t%y\t%m\t%s\t%T@\n' 2>/dev/null || true; } |
    LC_ALL=C sort)
}
# Modes as git can hold them in expected/: type, and executable or not.
git_modes() {
  metadata "$1" | awk -F'\t' '$2 != "d" {
    x = ($2 == "f" && int(substr($3, length($3) - 2, 1)) % 2 == 1) ? "executable" : ""
    print $1 "\t" $2 "\t" x }'
}
# Entries setup.sh or the run made unreadable (permission-denied cases, when
# not root) are opened up to be copied and compared, after their modes were
# recorded; setup's modes are put back for the run.
has_closed() {
  [[ -n $(find "$1" \( ! -readable -o -type d ! -executable \) -print -quit 2>/dev/null) ]]
}
open_up() { chmod -R u+rwX -- "$1" 2>/dev/null || true; }
restore_modes() { # children before parents, so closed folders stay reachable
  tac "$tmp/meta.before" | while IFS=$'\t' read -r path type mode _; do
    [[ $type == l ]] || chmod "$mode" -- "$1/$path"
  done
}

metadata "$work" >"$tmp/meta.before"
if has_closed "$work"; then
  open_up "$work"
  cp -a -- "$work" "$before"
  restore_modes "$work"
else
  cp -a -- "$work" "$before"
fi

# A permission case (file `unprivileged`): as root, the binary runs as an
# unprivileged user (tests/lib/unprivileged.sh) rather than the case being
# skipped; the tree is given to that user after "before" was taken.
run_as=()
run_binary=$binary
if [[ -f $case_dir/unprivileged ]]; then
  source "$here/../lib/unprivileged.sh"
  if ! unprivileged_setup "$tmp" "$work" "$binary"; then
    echo "SKIP $case_name: $UNPRIV_WHY"
    exit 77
  fi
  run_as=(${UNPRIV[@]+"${UNPRIV[@]}"})
  run_binary=${UNPRIV_FILES[0]}
fi

args=()
if [[ -f $case_dir/args ]]; then
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ -n $line ]]; then args+=("$line"); fi
  done <"$case_dir/args"
fi
env_vars=()
if [[ -f $case_dir/env ]]; then
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ -n $line ]]; then env_vars+=("$line"); fi
  done <"$case_dir/env"
fi

set +e
(cd "$work" && exec ${run_as[@]+"${run_as[@]}"} env "${env_vars[@]}" timeout -k 5 \
  "${E2E_TIMEOUT:-60}" "$run_binary" "${args[@]}") </dev/null >"$tmp/stdout.raw" 2>"$tmp/stderr.raw"
status=$?
set -e
metadata "$work" >"$tmp/meta.after"
git_modes "$work" >"$tmp/modes.after"
if has_closed "$work"; then
  open_up "$work"
fi

# Normalisation, the only one (see README.md): elapsed time, version, the
# temporary folder's path.
normalise() {
  local esc_version=${version//./\\.} esc_work=${work//\//\\/}
  sed -E \
    -e '/elapsed/ s/(elapsed[^0-9]*)[0-9]+(\.[0-9]+)?[[:space:]]*(ns|us|µs|ms|s|min|m|h)?/\1<elapsed>/' \
    -e '/elapsed/ s/[0-9]+(\.[0-9]+)?[[:space:]]*(ns|us|µs|ms|s|min|m|h)([[:space:]]+elapsed)/<elapsed>\3/' \
    -e "s/(^|[^0-9A-Za-z.])${esc_version}([^0-9A-Za-z.]|\$)/\\1<version>\\2/g" \
    -e "s/${esc_work}/<tmp>/g" \
    "$1"
}
normalise "$tmp/stdout.raw" >"$tmp/stdout"
normalise "$tmp/stderr.raw" >"$tmp/stderr"

failures=()
fail() { failures+=("$1"); }
# Makes carriage returns visible in the diffs shown, so a CRLF/LF difference
# does not look like two identical lines.
show_cr() { sed -e 's/\r/\\r/g'; }

# Leftover temporary files break docs/behaviour.md §6 in every case, whatever expected/ says.
leftovers=$(cd "$work" && find . -name .git -prune -o -name '*.holymigrate-tmp-*' -print)
[[ -z $leftovers ]] || fail "temporary files left behind:
$leftovers"

if ((update)); then
  # Same bytes as before: no expected/, so the metadata check below also
  # catches a file rewritten with identical content.
  if diff -r --no-dereference -x .git -q "$before" "$work" >/dev/null; then
    rm -rf -- "$case_dir/expected"
  else
    rm -rf -- "$case_dir/expected"
    mkdir "$case_dir/expected"
    tar -C "$work" --exclude=.git -cf - . | tar -C "$case_dir/expected" -xf -
  fi
  cp -- "$tmp/stdout" "$case_dir/stdout"
  if [[ -f $case_dir/stderr || -s $tmp/stderr ]]; then
    cp -- "$tmp/stderr" "$case_dir/stderr"
  fi
  echo "$status" >"$case_dir/exit"
  echo "UPDATED $case_name (exit $status); review with: git diff -- $case_dir" >&2
fi

# Exit code.
want_exit=0
[[ -f $case_dir/exit ]] && want_exit=$(tr -d '[:space:]' <"$case_dir/exit")
if [[ $status != "$want_exit" ]]; then
  msg="exit code: expected $want_exit, got $status"
  ((status == 124)) && msg+=" (timed out after ${E2E_TIMEOUT:-60}s)"
  fail "$msg"
fi

# stdout (absent file: must be empty) and stderr (absent file: not checked).
want_stdout=$case_dir/stdout
[[ -f $want_stdout ]] || want_stdout=/dev/null
if ! out=$(diff -u --label "stdout (expected)" --label "stdout (actual)" "$want_stdout" "$tmp/stdout" | show_cr); then
  fail "stdout differs:
$out"
fi
if [[ -f $case_dir/stderr ]]; then
  if ! out=$(diff -u --label "stderr (expected)" --label "stderr (actual)" "$case_dir/stderr" "$tmp/stderr" | show_cr); then
    fail "stderr differs:
$out"
  fi
fi

# The tree: byte-exact, links compared as links, .git left out.
if [[ -d $case_dir/expected ]]; then
  want_tree=$case_dir/expected
  want_label=expected
else
  want_tree=$before
  want_label=before
fi
if ! out=$(cd "$tmp" && diff -ru --no-dereference -x .git "$want_tree" "$work" 2>&1); then
  # Readable paths: expected/... or before/... against actual/...
  out=$(sed -e "s#${want_tree}#${want_label}#g" -e "s#${work}#actual#g" <<<"$out" | show_cr)
  fail "files differ ($want_label/ vs actual/):
$out"
fi
if [[ -d $case_dir/expected ]]; then
  if ! out=$(diff -u --label "modes (expected)" --label "modes (actual)" <(git_modes "$want_tree") "$tmp/modes.after"); then
    fail "file types or executable bits differ:
$out"
  fi
else
  # Nothing may be touched: not even rewritten with the same bytes.
  if ! out=$(diff -u --label "metadata (before)" --label "metadata (after)" "$tmp/meta.before" "$tmp/meta.after"); then
    fail "the run touched files it must leave alone (path, type, mode, size, mtime):
$out"
  fi
fi

# Extra assertions.
if [[ -f $case_dir/check.sh ]]; then
  if ! out=$(cd "$work" && bash -euo pipefail "$case_dir/check.sh" 2>&1); then
    fail "check.sh failed (a command in it exited non-zero):
$out"
  fi
fi

if ((${#failures[@]} == 0)); then
  echo "PASS $case_name"
  exit 0
fi
{
  echo "FAIL $case_name"
  echo "  binary: $binary"
  printf '  args:'
  ((${#args[@]} == 0)) || printf ' %q' "${args[@]}"
  echo
  for f in "${failures[@]}"; do
    echo
    echo "== $f"
  done
  if [[ ! -f $case_dir/stderr && -s $tmp/stderr ]]; then
    echo
    echo "== stderr (not checked; shown for context):"
    cat "$tmp/stderr"
  fi
  echo
  echo "(to accept the actual result: UPDATE=1 bash $here/run_case.sh $binary $case_dir)"
} >&2
exit 1
