// may_be_in_git_repository(): the check that keeps libgit2 uninitialised
// outside git. It may say yes wrongly, never no where libgit2 finds a
// repository.
#include "git/libgit2.h"

#include <doctest/doctest.h>
#include <git2.h>

#include <filesystem>
#include <string>

#include "disk_fixture.h"

using namespace holymigrate;
using holymigrate::test::TempDir;
using holymigrate::test::write_text;

namespace {

namespace fs = std::filesystem;

// Whether libgit2, as the run calls it, finds a repository holding `dir`.
bool libgit2_finds(const fs::path& dir) {
  use_libgit2();
  git_repository* raw = nullptr;
  int rc = git_repository_open_ext(&raw, dir.c_str(), 0, nullptr);
  GitHandle<git_repository, git_repository_free> repo(raw);
  return rc == 0;
}

void git_init(const fs::path& dir, bool bare) {
  use_libgit2();
  git_repository* raw = nullptr;
  REQUIRE(git_repository_init(&raw, dir.c_str(), bare ? 1 : 0) == 0);
  git_repository_free(raw);
}

}  // namespace

TEST_CASE("may_be_in_git_repository says no only where libgit2 finds no repository") {
  TempDir tmp;
  const fs::path root = tmp.path();
  // The temporary folder itself must lie outside git for the "no" rows.
  REQUIRE_FALSE(libgit2_finds(root));

  fs::create_directories(root / "plain/sub");
  git_init(root / "work", false);
  fs::create_directories(root / "work/src/deep");
  git_init(root / "bare.git", true);
  fs::create_directories(root / "linked/sub");
  write_text(root / "linked/.git", "gitdir: " + (root / "work/.git").string() + "\n");
  fs::create_directories(root / "named/.git/x");  // a folder called .git, no repository
  fs::create_directories(root / "out");
  fs::create_directory_symlink(root / "work/src", root / "out/src-link");  // a link into one

  struct Row {
    fs::path dir;
    bool may_be;
  };
  const Row rows[] = {
      {root / "plain", false},
      {root / "plain/sub", false},
      {root / "work", true},
      {root / "work/src/deep", true},
      {root / "work/.git", true},
      {root / "work/.git/refs", true},
      {root / "bare.git", true},
      {root / "bare.git/objects", true},
      {root / "linked/sub", true},
      {root / "named/.git/x", true},  // a yes libgit2 then answers
      {root / "out", false},
      {root / "out/src-link", true},  // libgit2 follows the link
      {root / "out/src-link/deep", true},
  };
  for (const Row& row : rows) {
    CAPTURE(row.dir.string());
    CHECK(may_be_in_git_repository(row.dir) == row.may_be);
    if (libgit2_finds(row.dir)) CHECK(may_be_in_git_repository(row.dir));
  }
  // A relative folder is taken from the working folder.
  holymigrate::test::ScopedCwd cwd(root / "work/src");
  CHECK(may_be_in_git_repository("deep"));
  CHECK(may_be_in_git_repository("."));
}
