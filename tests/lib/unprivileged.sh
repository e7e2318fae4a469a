# Sourced by tests/e2e/run_case.sh and tests/fault/run.sh. Permission tests
# (a file chmod 000, a folder chmod 555) prove nothing as root, which reads
# and writes through any mode, and CI runs as root. So when root, the binary
# under test runs as an unprivileged user through setpriv (util-linux)
# instead of the test being skipped.
#
#   unprivileged_setup TMPROOT TREE FILE...
#     Not root: UNPRIV=() and UNPRIV_FILES=(FILE...); nothing changes.
#     Root: UNPRIV=(setpriv --reuid=U --regid=G --clear-groups), the prefix
#     that runs a command as U (HOLYMIGRATE_TEST_USER, default nobody);
#     TREE and what is under it are given to U; TMPROOT (a folder this
#     test made, holding TREE) is opened to U (mode 755); UNPRIV_FILES
#     holds each FILE, or a copy in TMPROOT when U cannot read it (a build
#     under /root). Returns 1 with UNPRIV_WHY set when none of this is
#     possible (no setpriv, no such user): the caller skips with that reason.

unprivileged_setup() {
  local tmproot=$1 tree=$2
  shift 2
  UNPRIV=()
  UNPRIV_FILES=("$@")
  UNPRIV_WHY=
  [[ $(id -u) == 0 ]] || return 0
  local user=${HOLYMIGRATE_TEST_USER:-nobody} group
  if ! command -v setpriv >/dev/null 2>&1; then
    UNPRIV_WHY="running as root and setpriv (util-linux) is missing, so the test cannot drop to an unprivileged user"
    return 1
  fi
  if ! group=$(id -gn "$user" 2>/dev/null); then
    UNPRIV_WHY="running as root and there is no user '$user' to drop to (set HOLYMIGRATE_TEST_USER)"
    return 1
  fi
  UNPRIV=(setpriv "--reuid=$user" "--regid=$group" --clear-groups)
  chmod 755 -- "$tmproot"
  chown -R "$user:$group" -- "$tree"
  local i copy
  for i in "${!UNPRIV_FILES[@]}"; do
    if ! "${UNPRIV[@]}" test -r "${UNPRIV_FILES[$i]}"; then
      copy=$tmproot/unprivileged-$i-$(basename -- "${UNPRIV_FILES[$i]}")
      cp -- "${UNPRIV_FILES[$i]}" "$copy"
      chmod 755 -- "$copy"
      UNPRIV_FILES[$i]=$copy
    fi
  done
  if ! "${UNPRIV[@]}" test -x "${UNPRIV_FILES[0]}"; then
    UNPRIV_WHY="running as root, and '$user' cannot reach $tmproot"
    return 1
  fi
}
