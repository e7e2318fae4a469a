#include "discover/discover.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>

#include "disk_fixture.h"
#include "util/error.h"

using namespace holymigrate;
using namespace holymigrate::test;

namespace {

std::vector<std::string> displays(const std::vector<FileRef>& files) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(f.display);
  return out;
}

std::vector<std::string> skipped_symlinks(const Discovery& d) {
  std::vector<std::string> out;
  for (const auto& s : d.skipped)
    if (s.reason == SkipReason::Symlink) out.push_back(s.display);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Discovery run(std::vector<std::string> paths = {}, std::vector<std::string> includes = {},
              std::vector<std::string> excludes = {}, IgnoreFiles ignore = IgnoreFiles::Honour,
              std::vector<std::string> also = {}) {
  DiscoverOptions o;
  o.paths = std::move(paths);
  o.includes = std::move(includes);
  o.excludes = std::move(excludes);
  o.ignore_files = ignore;
  o.also = std::move(also);
  return discover(o);
}

// Everything a discovery found, one line per entry, in its order.
std::string describe(const Discovery& d) {
  std::string out;
  for (const FileRef& f : d.files)
    out += "file " + f.display + " " + std::string(f.path_in_tree()) + (f.named ? " named" : "") +
           "\n";
  for (const Skipped& s : d.skipped)
    out += "skipped " + s.display + " " + std::string(to_string(s.reason)) + "\n";
  for (const Discovery::Excluded& e : d.default_excluded)
    out += "excluded " + e.file.display + " " + e.include + "\n";
  return out;
}

Discovery run_also(std::vector<std::string> also) {
  return run({}, {}, {}, IgnoreFiles::Honour, std::move(also));
}

// A repository with tracked, untracked, ignored and deleted files.
void make_repo(const fs::path& root) {
  write_text(root / ".gitignore", ".env\n.env.*\n!.env.example\nbuild/\n");
  write_text(root / "a.py", "a\n");
  write_text(root / "src/app.py", "app\n");
  write_text(root / ".github/workflows/ci.yml", "on: push\n");
  write_text(root / "deleted.py", "gone\n");
  git(root, "init -q");
  git(root, "add .gitignore a.py src/app.py .github deleted.py");
  git(root, "commit -q -m init");
  fs::remove(root / "deleted.py");
  write_text(root / "new.py", "untracked\n");
  write_text(root / "newdir/x/y.py", "untracked, deep\n");
  write_text(root / ".env.example", "OPENAI_API_KEY=\n");
  write_text(root / ".env", "OPENAI_API_KEY=sk-live\n");
  write_text(root / ".env.local", "OPENAI_API_KEY=sk-live\n");
  write_text(root / "src/.env", "OPENAI_API_KEY=sk-live\n");
  write_text(root / "build/out.py", "ignored\n");
}

}  // namespace

TEST_CASE("to_string(SkipReason)") {
  CHECK(std::string(to_string(SkipReason::Binary)) == "binary");
  CHECK(std::string(to_string(SkipReason::TooLarge)) == "too-large");
  CHECK(std::string(to_string(SkipReason::Symlink)) == "symlink");
  CHECK(std::string(to_string(SkipReason::Unreadable)) == "unreadable");
  CHECK(std::string(to_string(SkipReason::NotAFile)) == "not-a-file");
  CHECK(std::string(to_string(SkipReason::DefaultExcluded)) == "default-excluded");
}

TEST_CASE("inside git: what git ls-files --cached --others --exclude-standard lists") {
  TempDir tmp;
  make_repo(tmp.path());
  ScopedCwd cwd(tmp.path());

  Discovery d = run();
  CHECK(displays(d.files) == std::vector<std::string>{".env.example", ".github/workflows/ci.yml",
                                                      ".gitignore", "a.py", "new.py",
                                                      "newdir/x/y.py", "src/app.py"});
  CHECK(displays(d.ignored_env_files) ==
        std::vector<std::string>{".env", ".env.local", "src/.env"});
  CHECK(d.git_root == tmp.path());
  CHECK(d.skipped.empty());
  for (const auto& f : d.files) CHECK(!f.named);

  SUBCASE("a nested PATH lists only what is under it") {
    Discovery s = run({"./src"});
    CHECK(displays(s.files) == std::vector<std::string>{"src/app.py"});
    CHECK(displays(s.ignored_env_files) == std::vector<std::string>{"src/.env"});
    CHECK(s.git_root == tmp.path());
  }
  SUBCASE("an untracked PATH lists its files; an ignored one lists none") {
    CHECK(displays(run({"newdir/"}).files) == std::vector<std::string>{"newdir/x/y.py"});
    CHECK(run({"build"}).files.empty());
  }
  SUBCASE("a tracked file is listed even when a .gitignore pattern matches it") {
    write_text(tmp.path() / ".gitignore", "*.py\n.env\n");
    auto names = displays(run().files);
    CHECK(has(names, "a.py"));
    CHECK(has(names, "src/app.py"));
    CHECK(!has(names, "new.py"));
  }
  SUBCASE("displays are relative to the current directory") {
    ScopedCwd in_src(tmp.path() / "src");
    Discovery s = run();
    CHECK(displays(s.files) == std::vector<std::string>{"app.py"});
    Discovery up = run({".."});
    CHECK(has(displays(up.files), "../a.py"));
    CHECK(has(displays(up.files), "app.py") == false);
    CHECK(has(displays(up.files), "../src/app.py"));
  }
  SUBCASE("an absolute PATH under the current directory displays relative") {
    Discovery s = run({(tmp.path() / "src").string()});
    CHECK(displays(s.files) == std::vector<std::string>{"src/app.py"});
  }
  SUBCASE("overlapping PATHs give no duplicates") {
    Discovery s = run({".", "src", "src/app.py"});
    CHECK(displays(s.files) == displays(d.files));
    auto it = std::find_if(s.files.begin(), s.files.end(),
                           [](const FileRef& f) { return f.display == "src/app.py"; });
    REQUIRE(it != s.files.end());
    CHECK(it->named);
  }
  SUBCASE("a named ignored file is read") {
    Discovery s = run({".env", "build/out.py"});
    CHECK(displays(s.files) == std::vector<std::string>{".env", "build/out.py"});
    CHECK(s.files[0].named);
    CHECK(s.ignored_env_files.empty());
    CHECK(s.git_root == tmp.path());
    ScopedCwd in_src(tmp.path() / "src");
    CHECK(run({"app.py"}).git_root == tmp.path());
  }
  SUBCASE("--no-ignore reads everything under PATH except .git") {
    Discovery s = run({}, {}, {}, IgnoreFiles::Ignore);
    auto names = displays(s.files);
    CHECK(has(names, ".env"));
    CHECK(has(names, "build/out.py"));
    CHECK(has(names, "a.py"));
    CHECK(!has(names, "deleted.py"));
    for (const auto& n : names) CHECK(n.rfind(".git/", 0) != 0);
    CHECK(s.git_root == tmp.path());
  }
  SUBCASE("include and exclude apply inside git") {
    Discovery s = run({}, {"*.py"}, {"newdir/"});
    CHECK(displays(s.files) == std::vector<std::string>{"a.py", "new.py", "src/app.py"});
  }
}

TEST_CASE("inside git: symlinks, submodules and default skips") {
  TempDir tmp;
  TempDir outside;
  write_text(outside.path() / "secret.py", "outside\n");
  fs::path root = tmp.path();
  write_text(root / "real.py", "x\n");
  write_text(root / "node_modules/pkg/index.js", "x\n");
  write_text(root / "sub/f.txt", "in a submodule\n");
  fs::create_symlink(outside.path() / "secret.py", root / "file-link.py");
  fs::create_directory_symlink(outside.path(), root / "dir-link");
  git(root, "init -q");
  git(root, "add real.py node_modules file-link.py");
  git(root, "update-index --add --cacheinfo 160000,1111111111111111111111111111111111111111,sub");
  git(root, "commit -q -m init");
  ScopedCwd cwd(root);

  Discovery d = run();
  CHECK(displays(d.files) == std::vector<std::string>{"real.py"});
  CHECK(skipped_symlinks(d) == std::vector<std::string>{"dir-link", "file-link.py"});

  SUBCASE("tracked files that changed type in the work tree") {
    fs::remove(root / "real.py");
    fs::create_symlink(outside.path() / "secret.py", root / "real.py");
    CHECK(run().files.empty());
    CHECK(has(skipped_symlinks(run()), "real.py"));
    fs::remove(root / "real.py");
    write_text(root / "real.py/inner.py", "now a folder\n");
    CHECK(displays(run().files) == std::vector<std::string>{"real.py/inner.py"});
  }

  Discovery inc = run({}, {"node_modules/**"});
  CHECK(displays(inc.files) == std::vector<std::string>{"node_modules/pkg/index.js"});
}

TEST_CASE("outside git: a plain walk") {
  TempDir tmp;
  TempDir outside;
  write_text(outside.path() / "secret.py", "outside\n");
  fs::path root = tmp.path();
  write_text(root / "a.py", "a\n");
  write_text(root / ".env", "dotfile\n");
  write_text(root / ".devcontainer/devcontainer.json", "{}\n");
  write_text(root / ".hg/store", "x\n");
  write_text(root / ".svn/entries", "x\n");
  write_text(root / "x/.git/config", "x\n");
  write_text(root / "x/y.py", "y\n");
  write_text(root / "docs/guide.md", "g\n");
  fs::create_symlink(outside.path() / "secret.py", root / "file-link.py");
  fs::create_directory_symlink(outside.path(), root / "docs/dir-link");
  ScopedCwd cwd(root);

  Discovery d = run();
  CHECK(d.git_root.empty());
  CHECK(d.ignored_env_files.empty());
  CHECK(displays(d.files) == std::vector<std::string>{".devcontainer/devcontainer.json", ".env",
                                                      "a.py", "docs/guide.md", "x/y.py"});
  CHECK(skipped_symlinks(d) == std::vector<std::string>{"docs/dir-link", "file-link.py"});

  SUBCASE("exclude removes matches, and a folder match removes all in it") {
    Discovery s = run({}, {}, {"*.md", ".devcontainer"});
    CHECK(displays(s.files) == std::vector<std::string>{".env", "a.py", "x/y.py"});
  }
  SUBCASE("include keeps only matches, relative to each PATH") {
    CHECK(displays(run({}, {"*.py"}).files) == std::vector<std::string>{"a.py", "x/y.py"});
    CHECK(displays(run({}, {"/*.py"}).files) == std::vector<std::string>{"a.py"});
    CHECK(displays(run({"x"}, {"/*.py"}).files) == std::vector<std::string>{"x/y.py"});
  }
  SUBCASE("a named symlink is never read") {
    Discovery s = run({"file-link.py"});
    CHECK(s.files.empty());
    CHECK(skipped_symlinks(s) == std::vector<std::string>{"file-link.py"});
  }
  SUBCASE("a missing PATH is an error naming it") {
    CHECK_THROWS_WITH_AS(run({"nope"}), "nope: no such file or directory", Error);
  }
  SUBCASE("a bad glob is an error quoting it") {
    CHECK_THROWS_WITH_AS(run({}, {""}), "invalid glob \"\": empty", Error);
  }
}

TEST_CASE("default skips, each overridden by an include that names it") {
  struct Row {
    const char* file;
    const char* include;
  };
  const Row rows[] = {
      {"node_modules/pkg/index.js", "node_modules/**"},
      {"web/node_modules/pkg/index.js", "node_modules/"},
      {"vendor/lib/x.py", "vendor/**"},
      {"third_party/x.c", "third_party"},
      {".venv/lib/site.py", ".venv/**"},
      {"pkg/__pycache__/m.py", "__pycache__/"},
      {"CHANGELOG.md", "CHANGELOG.md"},
      {"CHANGES.txt", "CHANGES*"},
      {"docs/HISTORY.rst", "HISTORY.rst"},
      {"NEWS", "NEWS"},
      {"Cargo.lock", "*.lock"},
      {"web/package-lock.json", "package-lock.json"},
      {"pnpm-lock.yaml", "pnpm-lock.yaml"},
      {"dist/app.min.js", "*.min.js"},
      {"dist/site.min.css", "**/*.min.css"},
  };
  for (bool in_git : {false, true}) {
    for (const Row& r : rows) {
      CAPTURE(in_git);
      CAPTURE(r.file);
      TempDir tmp;
      write_text(tmp.path() / r.file, "x\n");
      write_text(tmp.path() / ".venv/pyvenv.cfg", "home = /usr\n");
      write_text(tmp.path() / "keep.py", "x\n");
      if (in_git) git(tmp.path(), "init -q");  // all untracked, none ignored
      ScopedCwd cwd(tmp.path());
      CHECK(!has(displays(run().files), r.file));
      CHECK(has(displays(run().files), "keep.py"));
      CHECK(has(displays(run({}, {r.include}).files), r.file));
      // An include that does not name the skipped part does not pull it in.
      CHECK(!has(displays(run({}, {"**/*"}).files), r.file));
      // A file named on the command line is read anyway.
      Discovery named = run({r.file});
      CHECK(displays(named.files) == std::vector<std::string>{r.file});
    }
  }
}

TEST_CASE("default skips are counted, each with the include that brings it back") {
  struct Row {
    const char* file;
    const char* include;  // for a file that is listed as default-excluded
    const char* folder;   // for a folder of installed packages: its one entry
  };
  const Row rows[] = {
      {"vendor/lib/x.py", "vendor/**", nullptr},
      {"libs/third_party/x.c", "libs/third_party/**", nullptr},
      {"vendor/a/vendor/b.py", "vendor/**", nullptr},
      {"CHANGELOG.md", "CHANGELOG.md", nullptr},
      {"docs/HISTORY.rst", "docs/HISTORY.rst", nullptr},
      {"web/package-lock.json", "web/package-lock.json", nullptr},
      {"Cargo.lock", "*.lock", nullptr},
      {"dist/app.min.js", "dist/*.min.js", nullptr},
      {"node_modules/pkg/index.js", nullptr, "node_modules/"},
      {".venv/lib/site.py", nullptr, ".venv/"},
      {"pkg/__pycache__/m.pyc", nullptr, "pkg/__pycache__/"},
  };
  for (bool in_git : {false, true}) {
    for (const Row& r : rows) {
      CAPTURE(in_git);
      CAPTURE(r.file);
      TempDir tmp;
      write_text(tmp.path() / r.file, "x\n");
      if (std::string(r.file).starts_with(".venv/"))
        write_text(tmp.path() / ".venv/pyvenv.cfg", "home = /usr\n");
      write_text(tmp.path() / "keep.py", "x\n");
      if (in_git) git(tmp.path(), "init -q");
      ScopedCwd cwd(tmp.path());
      Discovery d = run();
      CHECK(displays(d.files) == std::vector<std::string>{"keep.py"});
      if (r.include) {
        REQUIRE(d.default_excluded.size() == 1);
        CHECK(d.default_excluded[0].file.display == r.file);
        CHECK(d.default_excluded[0].include == r.include);
        // The hint the report prints (--also GLOB) brings it back and keeps
        // the rest; so does the include with `**`.
        for (const Discovery& again : {run_also({r.include}), run({}, {"**", r.include})}) {
          std::vector<std::string> back = displays(again.files);
          CHECK(back.size() == 2);
          CHECK(has(back, "keep.py"));
          CHECK(has(back, r.file));
          CHECK(again.default_excluded.empty());
        }
      } else {
        CHECK(d.default_excluded.empty());
        REQUIRE(d.skipped.size() == 1);
        CHECK(d.skipped[0].display == r.folder);
        CHECK(d.skipped[0].reason == SkipReason::DefaultExcluded);
        // With --include the run is narrowed: the folder is not mentioned.
        CHECK(run({}, {"**/*.py"}).skipped.empty());
        // --also reads the folder and keeps the rest.
        std::vector<std::string> back = displays(run_also({std::string(r.folder) + "**"}).files);
        CHECK(has(back, "keep.py"));
        CHECK(has(back, r.file));  // (and .venv/pyvenv.cfg: the folder is read)
      }
      // A file the globs do not ask for is not counted as skipped.
      Discovery narrowed = run({}, {"keep.py"});
      CHECK(narrowed.default_excluded.empty());
    }
  }
}

TEST_CASE("an include of **/*.py does not pull in vendor/") {
  TempDir tmp;
  write_text(tmp.path() / "vendor/x.py", "x\n");
  write_text(tmp.path() / "y.py", "y\n");
  ScopedCwd cwd(tmp.path());
  CHECK(displays(run({}, {"**/*.py"}).files) == std::vector<std::string>{"y.py"});
  CHECK(displays(run({}, {"**/*.py", "vendor/"}).files) ==
        std::vector<std::string>{"vendor/x.py", "y.py"});
  // A default skip applies below PATH, not to PATH itself.
  CHECK(displays(run({"vendor"}).files) == std::vector<std::string>{"vendor/x.py"});
}

TEST_CASE("an unreadable folder is skipped and reported") {
  TempDir tmp;
  write_text(tmp.path() / "ok.py", "x\n");
  write_text(tmp.path() / "locked/a.py", "x\n");
  chmod((tmp.path() / "locked").c_str(), 0);
  ScopedCwd cwd(tmp.path());
  if (access("locked", R_OK) == 0) {
    MESSAGE("running with permission checks bypassed (root?): unreadable-folder check skipped");
    return;
  }
  Discovery d = run();
  CHECK(displays(d.files) == std::vector<std::string>{"ok.py"});
  REQUIRE(d.skipped.size() == 1);
  CHECK(d.skipped[0].display == "locked");
  CHECK(d.skipped[0].reason == SkipReason::Unreadable);
}

TEST_CASE("rel: a file's path relative to the PATH it was found under") {
  TempDir t;
  write_text(t.path() / "proj/src/app.py", "x\n");
  write_text(t.path() / "proj/top.py", "x\n");
  ScopedCwd cwd(t.path());
  Discovery d = run({"proj"});
  REQUIRE(d.files.size() == 2);
  CHECK(d.files[0].display == "proj/src/app.py");
  CHECK(d.files[0].rel == "src/app.py");
  CHECK(d.files[1].rel == "top.py");
  Discovery named = run({"proj/src/app.py"});
  REQUIRE(named.files.size() == 1);
  CHECK(named.files[0].rel == "app.py");
  git(t.path() / "proj", "init -q");
  Discovery in_git = run({"proj/src"});
  REQUIRE(in_git.files.size() == 1);
  CHECK(in_git.files[0].rel == "app.py");
  // Walked from ".": the path in the tree is the display, kept once.
  ScopedCwd inside(t.path() / "proj");
  Discovery here = run({"."});
  REQUIRE(here.files.size() == 2);
  CHECK(here.files[0].display == "src/app.py");
  CHECK(here.files[0].rel.empty());
  CHECK(here.files[0].path_in_tree() == "src/app.py");
  CHECK(here.files[1].path_in_tree() == "top.py");
  CHECK(here.files.capacity() == here.files.size());
}

TEST_CASE("outside git: a walk by several threads finds what one thread finds") {
  TempDir tmp;
  fs::path root = tmp.path();
  for (int i = 0; i < 40; ++i) {
    std::string d = "pkg" + std::to_string(i % 7) + "/sub" + std::to_string(i) + "/";
    write_text(root / (d + "m.py"), "x\n");
    write_text(root / (d + "deep/er/n.ts"), "x\n");
    if (i % 5 == 0) write_text(root / (d + "node_modules/p/index.js"), "x\n");
    if (i % 6 == 0) write_text(root / (d + "vendor/v.py"), "x\n");
    if (i % 4 == 0) write_text(root / (d + "CHANGELOG.md"), "x\n");
    if (i % 9 == 0) {  // a virtualenv with any name, and one inside it
      write_text(root / (d + "env" + std::to_string(i) + "/pyvenv.cfg"), "home = /usr\n");
      write_text(root / (d + "env" + std::to_string(i) + "/lib/site.py"), "x\n");
    }
    if (i % 8 == 0) fs::create_symlink(root / (d + "m.py"), root / (d + "link.py"));
  }
  REQUIRE(mkfifo((root / "pkg0/fifo").c_str(), 0600) == 0);
  ScopedCwd cwd(root);
  struct Globs {
    std::vector<std::string> includes, excludes, also;
  };
  const Globs cases[] = {
      {{}, {}, {}},
      {{"**/*.py"}, {}, {}},
      {{}, {"pkg3/**", "*.ts"}, {}},
      {{}, {}, {"**/vendor/**", "**/node_modules/**"}},
  };
  // Overlapping PATHs: a file both list keeps the first PATH's entry.
  {
    DiscoverOptions o;
    o.paths = {".", "pkg0", "pkg0/sub7"};
    o.threads = 1;
    const std::string one = describe(discover(o));
    CHECK(one.find("file pkg0/sub7/m.py pkg0/sub7/m.py") != std::string::npos);
    for (int round = 0; round < 5; ++round) {
      o.threads = 4;
      CHECK(describe(discover(o)) == one);
    }
  }
  for (const Globs& g : cases) {
    DiscoverOptions o;
    o.includes = g.includes;
    o.excludes = g.excludes;
    o.also = g.also;
    o.threads = 1;
    const std::string one = describe(discover(o));
    CAPTURE(one);
    // Without globs, what the tree holds is all there: files, default
    // skips, the virtualenv, the fifo, links.
    if (g.includes.empty() && g.excludes.empty() && g.also.empty())
      for (const char* part :
           {"file pkg0/sub0/m.py", "skipped pkg0/sub0/node_modules/", "skipped pkg0/sub0/env0/",
            "skipped pkg0/fifo", "skipped pkg0/sub0/link.py", "excluded pkg0/sub0/vendor/v.py"})
        CHECK(one.find(part) != std::string::npos);
    for (unsigned threads : {2u, 3u, 8u}) {
      o.threads = threads;
      CAPTURE(threads);
      CHECK(describe(discover(o)) == one);
    }
  }
}
