// The one door to libgit2: every file that calls libgit2 calls use_libgit2()
// first, and holds each libgit2 object in a GitHandle so that it is freed on
// every path (errors included).
#pragma once

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
