#include "patch_base.h"

#include <doctest/doctest.h>

#include "disk_fixture.h"

using namespace holymigrate;
using namespace holymigrate::test;

TEST_CASE("patch_base: the git root wins") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "repo/sub");
  CHECK(patch_base({(tmp.path() / "repo/sub").string()}, tmp.path() / "repo") ==
        tmp.path() / "repo");
}

TEST_CASE("patch_base outside git: the scanned folder") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "p/src/a");
  fs::create_directories(tmp.path() / "p/src/b");
  write_text(tmp.path() / "p/src/a/f.py", "x");
  ScopedCwd cwd(tmp.path());
  struct Row {
    std::vector<std::string> paths;
    fs::path expected;
  };
  const Row rows[] = {
      {{}, tmp.path()},
      {{"."}, tmp.path()},
      {{"p/src"}, tmp.path() / "p/src"},
      {{"p/src/"}, tmp.path() / "p/src"},
      {{"p/src/a/f.py"}, tmp.path() / "p/src/a"},
      {{"p/src/a", "p/src/b"}, tmp.path() / "p/src"},
      {{"p/src/a/f.py", "p/src/b"}, tmp.path() / "p/src"},
      {{"p/src/a", "p"}, tmp.path() / "p"},
      {{"missing"}, fs::path()},
  };
  for (const Row& r : rows) {
    CAPTURE(r.paths.size() ? r.paths[0] : std::string("(none)"));
    CHECK(patch_base(r.paths, {}) == r.expected);
  }
}

TEST_CASE("path_in_patch") {
  TempDir tmp;
  fs::create_directories(tmp.path() / "repo/sub");
  fs::create_directories(tmp.path() / "other");
  write_text(tmp.path() / "repo/sub/f.py", "x");
  write_text(tmp.path() / "other/g.py", "x");
  fs::create_directory_symlink(tmp.path() / "repo", tmp.path() / "link");
  ScopedCwd cwd(tmp.path() / "repo/sub");
  fs::path base = tmp.path() / "repo";
  CHECK(path_in_patch("f.py", base, "f.py") == "sub/f.py");
  CHECK(path_in_patch("./f.py", base, "f.py") == "sub/f.py");
  CHECK(path_in_patch(tmp.path() / "link/sub/f.py", base, "disp") == "sub/f.py");
  CHECK(path_in_patch("../../other/g.py", base, "../../other/g.py") == "../../other/g.py");
  CHECK(path_in_patch("f.py", {}, "f.py") == "f.py");
}
