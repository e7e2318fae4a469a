#!/usr/bin/env bash
# `cmake --install` into a DESTDIR, then checks what a user's shell and man
# find there: the binary, the manual page, the bash/zsh/fish completions.
#   check_install.sh CMAKE BUILD_DIR BINARY      exit 0 pass, 1 fail
set -euo pipefail
cmake=$1 build=$2 binary=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/holymigrate-install.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

DESTDIR=$tmp "$cmake" --install "$build" --prefix /usr >"$tmp/log" 2>&1 ||
  { cat "$tmp/log" >&2; fail "cmake --install failed"; }
root=$tmp/usr
man=$root/share/man/man1/holymigrate.1
bash_c=$root/share/bash-completion/completions/holymigrate
zsh_c=$root/share/zsh/site-functions/_holymigrate
fish_c=$root/share/fish/vendor_completions.d/holymigrate.fish
for f in "$root/bin/holymigrate" "$man" "$bash_c" "$zsh_c" "$fish_c"; do
  [[ -f $f ]] || fail "not installed: ${f#"$tmp"}"
done

# The installed binary is stripped (CMakeLists.txt) and still runs.
if readelf -S "$root/bin/holymigrate" | grep -qF .symtab; then
  fail "the installed binary keeps its symbol table (not stripped)"
fi
"$root/bin/holymigrate" --version >/dev/null || fail "the installed binary does not run"

# Syntax: bash always; zsh, fish and groff when this machine has them.
bash -n "$bash_c" || fail "bash -n rejects the bash completion"
if command -v zsh >/dev/null; then zsh -n "$zsh_c" || fail "zsh -n rejects _holymigrate"; fi
if command -v fish >/dev/null; then fish -n "$fish_c" || fail "fish -n rejects holymigrate.fish"; fi
if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z "$man" 2>&1) || true
  [[ -z $warnings ]] || fail "groff warns about the manual page: $warnings"
fi

# Every long option of --help is in the manual page and in each completion.
mapfile -t options < <("$binary" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
((${#options[@]} > 20)) || fail "found only ${#options[@]} options in --help"
for opt in "${options[@]}"; do
  grep -qF -- "${opt//-/\\-}" "$man" || fail "the manual page does not mention $opt"
  grep -qE -- "(^|[ '])$opt([ ']|$)" "$bash_c" || fail "the bash completion lacks $opt"
  grep -qE -- "$opt\\b" "$zsh_c" || fail "the zsh completion lacks $opt"
  grep -qE -- "-l ${opt#--}( |$)" "$fish_c" || fail "the fish completion lacks $opt"
done

# (grep without -q: -q stops reading at the first match, and under pipefail
# the completion's SIGPIPE would fail the check at random.)
# The bash completion completes: an option prefix, an option's values, and
# rule ids from the installed binary.
complete_words() {  # complete_words WORD... : the candidates for the last word
  (
    PATH=$root/bin:$PATH
    # shellcheck source=/dev/null
    source "$bash_c"
    COMP_WORDS=(holymigrate "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _holymigrate
    printf '%s\n' "${COMPREPLY[@]}"
  )
}
[[ $(complete_words --form) == --format ]] || fail "--form does not complete to --format"
[[ $(complete_words --format '' | tr '\n' ' ') == 'text json sarif github ' ]] ||
  fail "--format does not offer text json sarif github: $(complete_words --format '')"
complete_words rules explain openai- | grep -x openai-endpoint >/dev/null ||
  fail "rules explain does not complete rule ids"
complete_words --only implicit | grep -x implicit-client >/dev/null || fail "--only does not complete rule ids"
echo "PASS man-and-completions"
