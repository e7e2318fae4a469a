# Sourced by scripts/run and scripts/test: one build tree, build/, configured
# the same way by both (Release at -O2, warnings as errors), so that
# scripts/test after scripts/run compiles only the tests. -O2, not CMake's
# -O3: g++ 12 at -O3 warns falsely inside std::string (-Wrestrict, GCC bug
# 105329), and -O2 is what RelWithDebInfo, which CI builds, uses; no -g,
# which costs compile and link time and ~25 MB a binary nobody debugs here. Progress goes to stderr, one
# line per build step; stdout stays the tool's own.
#
# -Werror in the tree scripts/run uses too: the toolchain scripts/bootstrap
# installs (Debian g++ 12) builds without a warning, which CI checks. With
# another compiler that warns, configure once by hand with
# -DHOLYMIGRATE_WERROR=OFF: the scripts keep a tree's existing setting.

# build_holymigrate TARGET...: configures build/ if needed, builds TARGETs
# (all when none), prints "build: [n/N] <source>" per step on stderr and the
# whole compiler output when a step fails.
build_holymigrate() {
  local build=$root/build
  local werror=${HOLYMIGRATE_WERROR:-}
  if [[ ! -f $build/build.ninja ]]; then
    echo "build: configuring $build (Release, -O2)" >&2
    local out
    if ! out=$(cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" "-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG" \
      "-DHOLYMIGRATE_WERROR=${werror:-ON}" 2>&1); then
      printf '%s\n' "$out" >&2
      exit 1
    fi
  elif [[ -n $werror ]]; then
    cmake -S "$root" -B "$build" "-DHOLYMIGRATE_WERROR=$werror" >/dev/null
  fi
  local targets=()
  local t
  for t in "$@"; do targets+=(--target "$t"); done
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/holymigrate-build.XXXXXX")
  # Ninja's status lines "[n/N] Building CXX object …/src/x/y.cpp.o", shortened.
  if ! cmake --build "$build" ${targets[@]+"${targets[@]}"} 2>&1 | tee "$log" |
    sed -nuE '/^\[[0-9]+\/[0-9]+\]/ { s#CMakeFiles/[^/ ]*\.dir/##; s#\.o$##;
      s#^\[([0-9]+/[0-9]+)\] (Building [A-Z+]+ object|Linking [A-Z+]+ [a-z ]+) #build: [\1] #; s#^\[#build: [#; p }' >&2; then
    echo "build: FAILED; the compiler's output:" >&2
    grep -v '^\[[0-9]*/[0-9]*\]' "$log" >&2 || true
    rm -f -- "$log"
    exit 1
  fi
  rm -f -- "$log"
}
