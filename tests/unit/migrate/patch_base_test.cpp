#include "migrate/patch_base.h"

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

TEST_CASE("with_git_quoted_paths: headers as git writes them, table") {
  struct Row {
    std::string path;
    std::string diff_line, minus, plus;
  };
  const Row rows[] = {
      {"plain/x.py", "diff --git a/plain/x.py b/plain/x.py", "--- a/plain/x.py",
       "+++ b/plain/x.py"},
      {"my dir/x.py", "diff --git a/my dir/x.py b/my dir/x.py", "--- a/my dir/x.py\t",
       "+++ b/my dir/x.py\t"},
      {"tab\tname.py", "diff --git \"a/tab\\tname.py\" \"b/tab\\tname.py\"",
       "--- \"a/tab\\tname.py\"", "+++ \"b/tab\\tname.py\""},
      {"back\\slash.py", "diff --git \"a/back\\\\slash.py\" \"b/back\\\\slash.py\"",
       "--- \"a/back\\\\slash.py\"", "+++ \"b/back\\\\slash.py\""},
      {"q\"uote.py", "diff --git \"a/q\\\"uote.py\" \"b/q\\\"uote.py\"", "--- \"a/q\\\"uote.py\"",
       "+++ \"b/q\\\"uote.py\""},
      {"my dir/caf\xc3\xa9 x.py",
       "diff --git \"a/my dir/caf\\303\\251 x.py\" \"b/my dir/caf\\303\\251 x.py\"",
       "--- \"a/my dir/caf\\303\\251 x.py\"\t", "+++ \"b/my dir/caf\\303\\251 x.py\"\t"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    std::string raw = "diff --git a/" + r.path + " b/" + r.path + "\nindex 1..2 100644\n--- a/" +
                      r.path + "\n+++ b/" + r.path + "\n@@ -1 +1 @@\n-x\n+--- a/" + r.path + "\n";
    std::string want = r.diff_line + "\nindex 1..2 100644\n" + r.minus + "\n" + r.plus +
                       "\n@@ -1 +1 @@\n-x\n+--- a/" + r.path + "\n";
    CHECK(with_git_quoted_paths(raw, r.path) == want);
  }
}
