// The one door to libgit2: every file that calls libgit2 calls use_libgit2()
// first, and holds each libgit2 object in a GitHandle so that it is freed on
// every path (errors included).
#pragma once

#include <filesystem>
#include <memory>

namespace holymigrate {

// Initialises libgit2 once for the process (thread-safe; shut down at exit)
// with the settings every caller relies on:
// - owner validation off: libgit2 1.5 reports a repository owned by another
//   user (a CI checkout, a container) as "not found", and discovery would
//   silently list it like a plain folder, .gitignore'd .env files included.
//   git refuses such repositories because hooks and config-driven commands
//   could run; libgit2 runs neither, so reading is safe. GitRepo::open()
//   turns the check back on for --commit, which writes (git/git_repo.h).
// - GIT_CONFIG_NOSYSTEM honoured: git skips /etc/gitconfig under it;
//   libgit2 does not read the variable, so without this an identity or an
//   excludes file could come from a file git ignores.
void use_libgit2();

// Whether a git repository may hold the folder `dir`, checked without
// libgit2: some folder from `dir` up to the root holds an entry `.git` or
// `HEAD`, or is itself named `.git`. False means git_repository_open_ext()
// with no flags (which looks for `<folder>/.git` or a repository folder,
// one with `HEAD`, in `dir` and each folder above it) finds nothing, so a run
// outside git never initialises libgit2, whose start-up parses the system's
// certificates and initialises OpenSSL (about 5 ms and 2.5 MiB of a run,
// docs/performance.md). True may be wrong; libgit2 then decides. `dir` is
// checked as written (made absolute) and as its real path (links
// followed, as libgit2 does); a folder that cannot be read counts as
// holding both.
bool may_be_in_git_repository(const std::filesystem::path& dir);

// Frees a libgit2 object with its own free function (git_tree_free, ...).
template <auto Free>
struct GitFree {
  template <typename T>
  void operator()(T* p) const {
    Free(p);
  }
};

// A libgit2 object owned like a unique_ptr:
//   git_tree* raw = nullptr; check(git_tree_lookup(&raw, ...)); GitHandle<git_tree, git_tree_free>
//   tree(raw);
template <typename T, auto Free>
using GitHandle = std::unique_ptr<T, GitFree<Free>>;

}  // namespace holymigrate
