// A git work tree for `--commit` (docs/behaviour.md §7), through libgit2. Every libgit2
// handle lives in a unique_ptr; every failure is an Error naming the
// repository and what to do. Nothing here writes the user's files: the
// caller writes them (write_atomic), then commit() records them.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "git/git_identity.h"

struct git_repository;

namespace holymigrate {

struct CommitResult {
  std::string id;        // full hex id
  std::string short_id;  // as git abbreviates it
  std::string branch;    // the branch the commit is on ("main")
};

class GitRepo {
 public:
  // The work tree holding `at` (a file or folder). Throws Error outside a
  // work tree, for a bare repository, and for one owned by another user
  // that git itself would refuse (safe.directory is honoured).
  static GitRepo open(const std::filesystem::path& at);
  ~GitRepo();
  GitRepo(GitRepo&&) noexcept;
  GitRepo& operator=(GitRepo&&) noexcept;

  // Canonical root of the work tree.
  const std::filesystem::path& root() const { return root_; }

  // Throws Error unless a commit can be made: HEAD on a branch (or, with
  // `branch`, any commit), not unborn, no merge/rebase/cherry-pick/revert/
  // bisect/am in progress, `branch` a valid name that does not exist yet,
  // and an identity (git_identity.h). Call before writing anything.
  Identity check_can_commit(const std::optional<std::string>& branch) const;

  // Of `paths` (relative to root()), those that differ from HEAD or the
  // index, or are untracked or ignored: what --commit refuses to edit.
  std::vector<std::string> uncommitted(const std::vector<std::string>& paths) const;

  // Records the current contents of `paths` (already written) as one commit
  // on top of HEAD: the tree is HEAD's tree with these files' new blobs, so
  // other staged changes stay staged and out of the commit; the index entries
  // of these files are updated (clean in `git status`), nothing else in it.
  // With `branch`, the branch is created at HEAD, takes the commit and is
  // checked out (HEAD now names it); the work tree is not touched.
  CommitResult commit(const std::vector<std::string>& paths, const std::string& message,
                      const Identity& who, const std::optional<std::string>& branch);

 private:
  // GitHandle (git/libgit2.h) needs git2.h, which this header keeps out.
  struct Free {
    void operator()(git_repository* r) const;
  };
  GitRepo(std::unique_ptr<git_repository, Free> repo, std::filesystem::path root);
  std::unique_ptr<git_repository, Free> repo_;
  std::filesystem::path root_;
};

}  // namespace holymigrate
