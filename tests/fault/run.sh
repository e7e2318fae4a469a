#!/usr/bin/env bash
# Fault tests (docs/behaviour.md §6, docs/reliability.md): runs `holymigrate --write` on a
# small tree with fault_shim.so preloaded to fail one system call or change
# the tree at the worst moment, then checks the exit code, the one error line
# per failed file, that every file is byte-identical to its original or to
# its fully migrated form, and that no temporary file remains.
#
#   run.sh BINARY SHIM SCENARIO      exit 0 pass, 1 fail, 77 skipped
set -euo pipefail
binary=$(realpath -e -- "$1")
shim=$(realpath -e -- "$2")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scenario=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/holymigrate-fault.XXXXXX")
trap 'chmod -R u+rwX -- "$tmp"; rm -rf -- "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
# An ASan binary wants its runtime first; the shim only wraps libc calls.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0

# The tree, its pristine copy and its fully migrated form.
mkdir -p "$tmp/orig/sub"
for f in a b c d sub/e; do
  printf 'url = "https://api.openai.com/v1"\nkey = os.environ["OPENAI_API_KEY"]\n# %s\n' "$f" \
    >"$tmp/orig/$f.py"
done
cp -a "$tmp/orig" "$tmp/new"
(cd "$tmp/new" && "$binary" --write -q . >/dev/null)
cp -a "$tmp/orig" "$tmp/work"
cd "$tmp/work"

fail() {
  echo "FAIL $scenario: $*" >&2
  echo "--- stdout" >&2; cat "$tmp/stdout" >&2
  echo "--- stderr" >&2; cat "$tmp/stderr" >&2
  exit 1
}

# The prefix that runs the binary as an unprivileged user (permission
# scenarios only, when root: tests/lib/unprivileged.sh).
as=()

# run [ENV=VALUE...] -- ARGS...: holymigrate with the shim and the faults.
run() {
  local vars=()
  while [[ $1 != -- ]]; do vars+=("$1"); shift; done
  shift
  set +e
  ${as[@]+"${as[@]}"} env LD_PRELOAD="$shim" ${vars[@]+"${vars[@]}"} timeout 60 "$binary" "$@" \
    >"$tmp/stdout" 2>"$tmp/stderr"
  status=$?
  set -e
}

expect_exit() { [[ $status == "$1" ]] || fail "exit $status, expected $1"; }

# expect_stderr LINE...: stderr is exactly these lines.
expect_stderr() {
  diff -u <(printf '%s\n' "$@") "$tmp/stderr" >"$tmp/d" || fail "stderr differs: $(cat "$tmp/d")"
}

# expect_files STATE:PATH...: each file is "old" (as before), "new" (fully
# migrated), "either" (old or new) or "gone"; the files not named must be new.
# After a SIGKILL: wait (up to 10 s) until the killed run's janitor
# (io/temp_janitor.h) has cleaned up and exited. It is known by its name and
# its working folder, this one; janitors of other runs are not waited for.
wait_janitors() {
  local i pid here
  here=$(pwd -P)
  for ((i = 0; i < 100; i++)); do
    local busy=0
    for pid in $(pgrep -x holymigrate-gc); do
      [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$here" ]] && busy=1
    done
    ((busy)) || return 0
    sleep 0.1
  done
  fail "the janitor process (holymigrate-gc) of the killed run is still running after 10 s"
}

expect_files() {
  declare -A want=()
  local arg
  for arg in "$@"; do want[${arg#*:}]=${arg%%:*}; done
  local f
  while IFS= read -r f; do
    local state=${want[$f]:-new}
    case $state in
      old) cmp -s "$tmp/orig/$f" "$f" || fail "$f: not byte-identical to its original" ;;
      new) cmp -s "$tmp/new/$f" "$f" || fail "$f: not its fully migrated form" ;;
      either) cmp -s "$tmp/orig/$f" "$f" || cmp -s "$tmp/new/$f" "$f" ||
        fail "$f: neither its original nor its fully migrated form" ;;
      gone) [[ ! -e $f ]] || fail "$f: should be gone" ;;
    esac
  done < <(cd "$tmp/orig" && find . -type f -printf '%P\n' | sort)
  local temps
  temps=$(find . -name '*.holymigrate-tmp-*')
  [[ -z $temps ]] || fail "temporary files left: $temps"
}

# The shim's event log (HOLYMIGRATE_TRACE), and checks on it.
trace=$tmp/trace
count() { grep -c -x -- "$1" "$trace" || true; }
# expect_folder_syncs FOLDER...: each folder (relative to the tree, "." for
# its top) was flushed exactly once, after the last rename into it, and no
# other folder was; every temporary file was flushed before its rename.
expect_folder_syncs() {
  local top
  top=$(pwd -P)
  local want got
  want=$(for f in "$@"; do if [[ $f == . ]]; then echo "$top"; else echo "$top/$f"; fi; done | sort)
  got=$(sed -n 's/^fsync-dir //p' "$trace" | sort)
  [[ $got == "$want" ]] || fail "folders flushed: $(echo $got) — expected each of $(echo $want) once"
  local renames temps
  renames=$(grep -c '^rename ' "$trace" || true)
  temps=$(count fsync-temp)
  [[ $temps == "$renames" ]] || fail "$renames renames but $temps temporary files flushed"
  # In the log's order: a folder's flush comes after every rename into it,
  # and each rename after a flush of a temporary file not yet renamed.
  awk -v top="$top" '
    $1 == "fsync-temp" { flushed++ }
    $1 == "rename" {
      if (flushed <= renamed) { print "rename of " $2 " without a flushed temporary file"; bad = 1 }
      renamed++
      dir = $2; if (dir !~ /\//) dir = "."; else sub(/\/[^\/]*$/, "", dir)
      if (dir in synced) { print "rename into " dir " after its folder was flushed"; bad = 1 }
    }
    $1 == "fsync-dir" {
      dir = $2 == top ? "." : substr($2, length(top) + 2)
      synced[dir] = 1
    }
    END { exit bad }' "$trace" >"$tmp/d" || fail "$(cat "$tmp/d")"
}

case $scenario in
  folder-synced-once)  # 4 files in one folder cost one flush of that folder, not 4
    run HOLYMIGRATE_TRACE="$trace" -- --write -j2 .
    expect_exit 0
    [[ ! -s $tmp/stderr ]] || fail "unexpected stderr"
    expect_files
    expect_folder_syncs . sub
    # The summary is printed once the folders are on disk.
    last_sync=$(grep -n '^fsync-dir ' "$trace" | tail -1 | cut -d: -f1)
    summary=$(grep -n '^stdout-summary$' "$trace" | head -1 | cut -d: -f1 || true)
    [[ -n $summary ]] || fail "no summary seen on stdout"
    ((summary > last_sync)) || fail "the summary was printed before the folders were flushed"
    ;;
  janitor-quiet)  # no message to the janitor per file: it is woken only when the run ends
    run HOLYMIGRATE_TRACE="$trace" -- --write -q -j2 .
    expect_exit 0
    expect_files
    [[ $(count send) == 0 ]] || fail "$(count send) messages sent for 5 files written"
    ;;
  folder-fsync-eio)  # the renames are done; the error names each folder not flushed
    run HOLYMIGRATE_FAULT=fsyncdir HOLYMIGRATE_FAULT_ERRNO=EIO -- --write -q -j2 .
    expect_exit 2
    expect_stderr \
      "holymigrate: error: .: 4 files written in this folder, but the folder could not be flushed to disk: Input/output error — a power cut may still undo them; check the disk" \
      "holymigrate: error: sub: 1 file written in this folder, but the folder could not be flushed to disk: Input/output error — a power cut may still undo it; check the disk"
    expect_files
    ;;
  folder-fsync-eio-one)  # one folder fails: only it is named, the other is flushed
    run HOLYMIGRATE_FAULT=fsyncdir HOLYMIGRATE_FAULT_ERRNO=EIO HOLYMIGRATE_FAULT_PATH=/work/sub \
      HOLYMIGRATE_TRACE="$trace" -- --write -j1 .
    expect_exit 2
    expect_stderr \
      "holymigrate: error: sub: 1 file written in this folder, but the folder could not be flushed to disk: Input/output error — a power cut may still undo it; check the disk"
    grep -q 'files changed: *5' "$tmp/stdout" || fail "summary does not say 5 files changed"
    expect_files
    expect_folder_syncs . sub
    ;;
  many-folders-synced-once)  # 42 folders, flushed by several threads: each once; d10-d19 fail
    for i in $(seq -w 0 39); do
      mkdir "d$i" && cp a.py "d$i/f.py"
    done
    run HOLYMIGRATE_FAULT=fsyncdir HOLYMIGRATE_FAULT_ERRNO=EIO HOLYMIGRATE_FAULT_PATH=/work/d1 \
      HOLYMIGRATE_TRACE="$trace" -- --write -q -j2 .
    expect_exit 2
    lines=()
    for i in $(seq 10 19); do
      lines+=("holymigrate: error: d$i: 1 file written in this folder, but the folder could not be flushed to disk: Input/output error — a power cut may still undo it; check the disk")
    done
    expect_stderr "${lines[@]}"
    expect_files
    expect_folder_syncs . sub $(seq -f 'd%02g' 0 39)
    for i in $(seq -w 0 39); do cmp -s "$tmp/new/a.py" "d$i/f.py" || fail "d$i/f.py: not migrated"; done
    ;;
  folder-fsync-einval)  # a file system that cannot flush folders: not an error
    run HOLYMIGRATE_FAULT=fsyncdir HOLYMIGRATE_FAULT_ERRNO=EINVAL -- --write -q .
    expect_exit 0
    [[ ! -s $tmp/stderr ]] || fail "unexpected stderr"
    expect_files
    ;;
  commit-folder-fsync-eio)  # --commit: a folder not flushed means no commit
    git init -q && git add -A &&
      git -c user.name=t -c user.email=t@example.invalid commit -qm init
    head=$(git rev-parse HEAD)
    run HOLYMIGRATE_FAULT=fsyncdir HOLYMIGRATE_FAULT_ERRNO=EIO HOLYMIGRATE_FAULT_PATH=/work/sub \
      GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t \
      GIT_COMMITTER_EMAIL=t@example.invalid -- --commit -q .
    expect_exit 2
    expect_stderr \
      "holymigrate: error: sub: 1 file written in this folder, but the folder could not be flushed to disk: Input/output error — a power cut may still undo it; check the disk; 5 of 5 files were written, and nothing was committed"
    [[ $(git rev-parse HEAD) == "$head" ]] || fail "a commit was made"
    expect_files
    ;;
  disk-full)  # every write to a temporary file: ENOSPC after a partial write
    run HOLYMIGRATE_FAULT=write HOLYMIGRATE_FAULT_ERRNO=ENOSPC -- --write -q -j1 .
    expect_exit 2
    expect_stderr \
      "holymigrate: error: a.py: cannot write: No space left on device" \
      "holymigrate: error: b.py: cannot write: No space left on device" \
      "holymigrate: error: c.py: cannot write: No space left on device" \
      "holymigrate: error: d.py: cannot write: No space left on device" \
      "holymigrate: error: sub/e.py: cannot write: No space left on device"
    expect_files old:a.py old:b.py old:c.py old:d.py old:sub/e.py
    ;;
  fsync-eio)
    run HOLYMIGRATE_FAULT=fsync HOLYMIGRATE_FAULT_ERRNO=EIO -- --write -q -j1 .
    expect_exit 2
    expect_stderr \
      "holymigrate: error: a.py: cannot flush to disk: Input/output error" \
      "holymigrate: error: b.py: cannot flush to disk: Input/output error" \
      "holymigrate: error: c.py: cannot flush to disk: Input/output error" \
      "holymigrate: error: d.py: cannot flush to disk: Input/output error" \
      "holymigrate: error: sub/e.py: cannot flush to disk: Input/output error"
    expect_files old:a.py old:b.py old:c.py old:d.py old:sub/e.py
    ;;
  rename-fails)
    run HOLYMIGRATE_FAULT=rename HOLYMIGRATE_FAULT_ERRNO=EIO HOLYMIGRATE_FAULT_PATH=b.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: b.py: cannot replace: Input/output error"
    expect_files old:b.py
    ;;
  read-only-folder)  # as root chmod does not stop writes: EACCES from the shim
    run HOLYMIGRATE_FAULT=create HOLYMIGRATE_FAULT_ERRNO=EACCES HOLYMIGRATE_FAULT_PATH=sub -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: sub/e.py: cannot create a temporary file beside it: Permission denied"
    expect_files old:sub/e.py
    ;;
  read-only-folder-chmod)
    # Root ignores folder permissions: as root the binary runs as nobody.
    source "$here/../lib/unprivileged.sh"
    unprivileged_setup "$tmp" "$tmp/work" "$binary" "$shim" || { echo "SKIP: $UNPRIV_WHY"; exit 77; }
    as=(${UNPRIV[@]+"${UNPRIV[@]}"})
    binary=${UNPRIV_FILES[0]} shim=${UNPRIV_FILES[1]}
    chmod 555 sub
    run -- --write -q .
    chmod 755 sub
    expect_exit 2
    expect_stderr "holymigrate: error: sub/e.py: cannot create a temporary file beside it: Permission denied"
    expect_files old:sub/e.py
    ;;
  unreadable-file)
    run HOLYMIGRATE_FAULT=open HOLYMIGRATE_FAULT_ERRNO=EACCES HOLYMIGRATE_FAULT_PATH=b.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: b.py: cannot be read (permission denied); not migrated — fix its permissions and run again"
    expect_files old:b.py
    ;;
  read-only-folder-named)  # the same where unnamed files are refused
    run HOLYMIGRATE_NO_TMPFILE=1 HOLYMIGRATE_FAULT=create HOLYMIGRATE_FAULT_ERRNO=EACCES HOLYMIGRATE_FAULT_PATH=sub -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: sub/e.py: cannot create a temporary file beside it: Permission denied"
    expect_files old:sub/e.py
    ;;
  killed-mid-write)  # SIGKILL half way through the first write: the unnamed temporary file goes with the process
    run HOLYMIGRATE_FAULT=kill -- --write -q -j1 .
    expect_exit 137
    expect_files old:a.py old:b.py old:c.py old:d.py old:sub/e.py
    ;;
  killed-mid-write-named)  # where unnamed files are refused the named one is removed by the janitor
    run HOLYMIGRATE_NO_TMPFILE=1 HOLYMIGRATE_FAULT=kill -- --write -q -j1 .
    expect_exit 137
    wait_janitors
    expect_files old:a.py old:b.py old:c.py old:d.py old:sub/e.py
    run -- --write -q .
    expect_exit 0
    expect_files
    ;;
  killed-between-link-and-rename)  # the one gap SIGKILL could hit: named, not yet renamed
    run HOLYMIGRATE_FAULT=killnamed -- --write -q -j1 .
    expect_exit 137
    wait_janitors
    expect_files old:a.py old:b.py old:c.py old:d.py old:sub/e.py
    ;;
  killed-between-link-and-rename-later)  # the same at the 4th file, two writers
    run HOLYMIGRATE_FAULT=killnamed HOLYMIGRATE_FAULT_AFTER=4 -- --write -q -j2 .
    expect_exit 137
    wait_janitors
    expect_files either:a.py either:b.py either:c.py either:d.py either:sub/e.py
    n_old=0
    for f in a b c d sub/e; do cmp -s "$tmp/orig/$f.py" "$f.py" && n_old=$((n_old + 1)); done
    # The 4th file is old; the other writer's file and one never started may be.
    ((n_old >= 1 && n_old <= 3)) || fail "$n_old files old after the kill at the 4th of 5 writes"
    run -- --write -q .
    expect_exit 0
    expect_files
    ;;
  killed-between-link-and-rename-named)  # where unnamed files are refused, at the 2nd file
    run HOLYMIGRATE_NO_TMPFILE=1 HOLYMIGRATE_FAULT=killnamed HOLYMIGRATE_FAULT_AFTER=2 -- --write -q -j1 .
    expect_exit 137
    wait_janitors
    expect_files old:b.py old:c.py old:d.py old:sub/e.py
    ;;

  no-tmpfile)  # a file system without O_TMPFILE: the named temporary file, renamed
    run HOLYMIGRATE_NO_TMPFILE=1 -- --write -q .
    expect_exit 0
    [[ ! -s $tmp/stderr ]] || fail "unexpected stderr"
    expect_files
    ;;
  modified-before-write-named)
    run HOLYMIGRATE_NO_TMPFILE=1 HOLYMIGRATE_FAULT=touch HOLYMIGRATE_FAULT_PATH=d.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: d.py: changed on disk since it was read; not written — run again"
    printf '\n' >>"$tmp/orig/d.py"
    expect_files old:d.py
    ;;
  modified-before-write)  # the race: another process appends between read and write
    run HOLYMIGRATE_FAULT=touch HOLYMIGRATE_FAULT_PATH=d.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: d.py: changed on disk since it was read; not written — run again"
    printf '\n' >>"$tmp/orig/d.py"  # the other writer's byte is kept
    expect_files old:d.py
    ;;
  removed-before-write)
    run HOLYMIGRATE_FAULT=remove HOLYMIGRATE_FAULT_PATH=d.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: d.py: removed since it was read; not written — run again"
    expect_files gone:d.py
    ;;
  removed-before-read)
    run HOLYMIGRATE_FAULT=vanish HOLYMIGRATE_FAULT_PATH=c.py -- --write -q .
    expect_exit 2
    expect_stderr "holymigrate: error: c.py: removed or renamed while the run went on; not migrated — run again"
    expect_files gone:c.py
    ;;
  sigint-stops-after-current-file)
    run HOLYMIGRATE_FAULT=sigint HOLYMIGRATE_FAULT_AFTER=2 -- --write -j1 .
    expect_exit 2
    expect_stderr "holymigrate: stopping after the files in hand — press Ctrl-C again to stop now" \
      "holymigrate: error: stopped by SIGINT: 3 of 5 files not processed (every file is either unchanged or fully migrated); run again to finish"
    expect_files old:c.py old:d.py old:sub/e.py
    grep -qx 'files changed: *2' "$tmp/stdout" || grep -q 'changed.*2' "$tmp/stdout" || fail "summary does not say 2 files changed"
    run -- --write -q .  # and a second run finishes the job
    expect_exit 0
    expect_files
    ;;
  sigint-syncs-written-folders)  # a run stopped early still flushes the folders it wrote in
    run HOLYMIGRATE_FAULT=sigint HOLYMIGRATE_FAULT_AFTER=2 HOLYMIGRATE_TRACE="$trace" -- --write -q -j1 .
    expect_exit 2
    expect_files old:c.py old:d.py old:sub/e.py
    expect_folder_syncs .
    ;;
  leftover-dry-run)  # a dry run never scans nor removes a leftover, and says so
    cp a.py .a.py.holymigrate-tmp-999999999-0
    run -- -q .
    expect_exit 0
    expect_stderr "holymigrate: warning: .a.py.holymigrate-tmp-999999999-0: temporary file left by an interrupted run; --write removes it"
    [[ -f .a.py.holymigrate-tmp-999999999-0 ]] || fail "a dry run removed the leftover"
    rm .a.py.holymigrate-tmp-999999999-0
    ;;
  leftover-in-use)  # a leftover whose process still runs is left alone
    sleep 60 & sleeper=$!
    cp a.py ".a.py.holymigrate-tmp-$sleeper-0"
    run -- --write -q .
    kill "$sleeper"
    expect_exit 0
    expect_stderr "holymigrate: warning: .a.py.holymigrate-tmp-$sleeper-0: temporary file of another run still in progress (or not removable); left alone"
    [[ -f .a.py.holymigrate-tmp-$sleeper-0 ]] || fail "removed a live run's temporary file"
    rm ".a.py.holymigrate-tmp-$sleeper-0"
    expect_files
    ;;
  *)
    echo "run.sh: unknown scenario '$scenario'" >&2
    exit 2
    ;;
esac
echo "PASS $scenario"
