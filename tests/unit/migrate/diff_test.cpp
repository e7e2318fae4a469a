#include "migrate/diff.h"

#include <doctest/doctest.h>

#include <string>

using namespace holymigrate;

TEST_CASE("unified_diff: git's format, table") {
  struct Row {
    const char* name;
    std::string before, after;
    FileMode mode;
    std::string expected;
  };
  const Row rows[] = {
      {"LF, regular file", "a\nold\nb\n", "a\nnew\nb\n", FileMode::Regular,
       "diff --git a/p/x.py b/p/x.py\n"
       "index 8c2b1a5..3d0e8a4 100644\n"
       "--- a/p/x.py\n"
       "+++ b/p/x.py\n"
       "@@ -1,3 +1,3 @@\n"
       " a\n-old\n+new\n b\n"},
      {"executable file: the index line carries 100755 as git's does", "a\nold\n", "a\nnew\n",
       FileMode::Executable,
       "diff --git a/p/x.py b/p/x.py\n"
       "index 55c9d85..8f3e6ba 100755\n"
       "--- a/p/x.py\n"
       "+++ b/p/x.py\n"
       "@@ -1,2 +1,2 @@\n"
       " a\n-old\n+new\n"},
      {"no final newline", "a\nold", "a\nnew", FileMode::Regular,
       "diff --git a/p/x.py b/p/x.py\n"
       "index 1fd1f3e..a8e8a0a 100644\n"
       "--- a/p/x.py\n"
       "+++ b/p/x.py\n"
       "@@ -1,2 +1,2 @@\n"
       " a\n-old\n\\ No newline at end of file\n+new\n\\ No newline at end of file\n"},
      {"CRLF kept in the lines", "a\r\nold\r\n", "a\r\nnew\r\n", FileMode::Regular,
       "diff --git a/p/x.py b/p/x.py\n"
       "index 0a5bf4c..f2f3a5b 100644\n"
       "--- a/p/x.py\n"
       "+++ b/p/x.py\n"
       "@@ -1,2 +1,2 @@\n"
       " a\r\n-old\r\n+new\r\n"},
      {"latin-1 bytes are text", "caf\xe9\nold\n", "caf\xe9\nnew\n", FileMode::Regular,
       "diff --git a/p/x.py b/p/x.py\n"
       "index 6c1f4f1..3b2ad1d 100644\n"
       "--- a/p/x.py\n"
       "+++ b/p/x.py\n"
       "@@ -1,2 +1,2 @@\n"
       " caf\xe9\n-old\n+new\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.name);
    std::string got = unified_diff("p/x.py", r.before, r.after, r.mode);
    // Hashes are git's blob ids; compare everything else exactly.
    auto strip_index = [](std::string s) {
      size_t at = s.find("\nindex ");
      size_t dots = s.find("..", at);
      size_t space = s.find(' ', dots);
      return s.substr(0, at + 7) + s.substr(space);
    };
    CHECK(strip_index(got) == strip_index(r.expected));
  }
}

TEST_CASE("unified_diff: the index line holds git's blob ids") {
  // `printf 'a\nold\n' | git hash-object --stdin` and the same for "a\nnew\n".
  std::string got = unified_diff("x", "a\nold\n", "a\nnew\n");
  CHECK(got.find("index 3dacd57..46710d6 100644\n") != std::string::npos);
}

TEST_CASE("unified_diff: nothing for equal texts") {
  CHECK(unified_diff("x", "same\n", "same\n", FileMode::Executable).empty());
}

TEST_CASE("unified_diff: 100644 in the text is not the mode") {
  std::string got =
      unified_diff("x", "mode 100644\nold\n", "mode 100644\nnew\n", FileMode::Executable);
  CHECK(got.find(" 100755\n---") != std::string::npos);
  CHECK(got.find(" mode 100644\n") != std::string::npos);
}
