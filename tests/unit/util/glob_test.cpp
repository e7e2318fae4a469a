#include "util/glob.h"

#include <doctest/doctest.h>

using namespace holymigrate;

namespace {

struct Row {
  const char* glob;
  const char* path;
  bool match;
};

}  // namespace

TEST_CASE("Glob matches files like a .gitignore line") {
  const Row rows[] = {
      // No '/': a basename at any depth.
      {"*.py", "a.py", true},
      {"*.py", "src/deep/a.py", true},
      {"*.py", "a.pyc", false},
      {"*.py", "a.py/inner.txt", true},  // a folder named a.py: all inside
      {"a.py", "x/a.py", true},
      {"a.py", "xa.py", false},
      {".env", ".env", true},
      {".env.*", "cfg/.env.local", true},
      {".env.*", ".env", false},
      // '*' and '?' never cross '/'.
      {"src/*.py", "src/a.py", true},
      {"src/*.py", "src/sub/a.py", false},
      {"src/*.py", "lib/src/a.py", false},  // anchored: has an inner '/'
      {"?.py", "a.py", true},
      {"?.py", "ab.py", false},
      {"?.py", "\xc3\xa9.py", true},  // one UTF-8 character
      {"a?b", "a/b", false},
      // Leading '/' anchors.
      {"/a.py", "a.py", true},
      {"/a.py", "x/a.py", false},
      // Trailing '/': folders only.
      {"build/", "build/out.txt", true},
      {"build/", "x/build/out.txt", true},
      {"build/", "build", false},
      {"node_modules/", "node_modules/p/index.js", true},
      // A glob that names a folder matches everything inside.
      {"vendor", "vendor/x.py", true},
      {"docs/api", "docs/api/x/y.md", true},
      {"docs/api", "docs/apix", false},
      // '**'.
      {"**/*.py", "a.py", true},
      {"**/*.py", "x/y/a.py", true},
      {"**/x", "x", true},
      {"**/x", "a/b/x", true},
      {"a/**/b", "a/b", true},
      {"a/**/b", "a/x/y/b", true},
      {"a/**/b", "a/xb", false},
      {"node_modules/**", "node_modules/p/index.js", true},
      {"node_modules/**", "src/node_modules/p.js", false},
      {"**", "anything/at/all", true},
      {"a**b", "axxb", true},  // not a whole segment: a plain '*'
      {"a**b", "ax/xb", false},
      // Classes.
      {"[ab].py", "a.py", true},
      {"[ab].py", "c.py", false},
      {"[!ab].py", "c.py", true},
      {"[!ab].py", "a.py", false},
      {"[^ab].py", "c.py", true},
      {"x[!a]y", "x/y", false},  // a negated class never matches '/'
      {"[a-c]x", "bx", true},
      {"[a-c]x", "dx", false},
      {"[]]x", "]x", true},
      {"[[:digit:]]x", "7x", true},
      {"[[:digit:]]x", "ax", false},
      {"[x", "[x", true},  // unclosed: a literal '['
      // Quoting and regex metacharacters are literal.
      {"a\\*b", "a*b", true},
      {"a\\*b", "axb", false},
      {"a+b(c).py", "a+b(c).py", true},
      {"a.b", "axb", false},
      {"!x", "!x", true},
      // Case-sensitive.
      {"CHANGELOG*", "changelog.md", false},
      {"CHANGELOG*", "CHANGELOG.md", true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.glob);
    CAPTURE(r.path);
    auto g = Glob::parse(r.glob);
    REQUIRE(g.ok());
    CAPTURE(g->regex());
    CHECK(g->matches(r.path) == r.match);
  }
}

TEST_CASE("Glob::matches_dir tells whether a whole folder is matched") {
  const Row rows[] = {
      {"vendor", "vendor", true},
      {"vendor/", "a/vendor", true},
      {"*.py", "src", false},
      {"src/*.py", "src", false},
      {"node_modules/**", "node_modules", true},
      {"**/gen", "a/b/gen", true},
      {"docs/api", "docs", false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.glob);
    CAPTURE(r.path);
    auto g = Glob::parse(r.glob);
    REQUIRE(g.ok());
    CHECK(g->matches_dir(r.path) == r.match);
  }
}

TEST_CASE("Glob::parse rejects what cannot be a glob, quoting it") {
  auto empty = Glob::parse("");
  REQUIRE(!empty.ok());
  CHECK(empty.error() == "invalid glob \"\": empty");
  auto bad_class = Glob::parse("[[:nope:]]");
  REQUIRE(!bad_class.ok());
  CHECK(bad_class.error().rfind("invalid glob \"[[:nope:]]\": ", 0) == 0);
}

TEST_CASE("glob_to_regex anchors and translates") {
  CHECK(glob_to_regex("/a.py") == "^a\\.py(?:/.*)?$");
  CHECK(glob_to_regex("*.py") == "^(?:.*/)?[^/]*\\.py(?:/.*)?$");
  CHECK(glob_to_regex("build/") == "^(?:.*/)?build/.*$");
}
