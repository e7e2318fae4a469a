// diff_from_edits() must print exactly what libgit2's diff prints for the
// same texts (tests/corpus/ checks the generated corpus too).
#include "migrate/edit_diff.h"

#include <doctest/doctest.h>

#include "migrate/diff.h"
#include "rule_fixture.h"

using namespace holymigrate;

TEST_CASE("diff_from_edits prints what libgit2 prints") {
  std::string ten;
  for (int i = 1; i <= 10; ++i) ten += "line " + std::to_string(i) + "\n";
  const std::string digits = "1\n2\n3\n4\n5\n";  // no line here is a heading
  const std::string rows[] = {
      "OPENAI_API_KEY",                                       // one line, no newline
      "OPENAI_API_KEY\n",                                     // one line
      "a\nb\nOPENAI_API_KEY\n",                               // last line
      "x = 1\nOPENAI_API_KEY=\r\ny = 2\r\n",                  // CRLF
      "def f():\n    pass\n\n\n\n\n   k = OPENAI_API_KEY\n",  // heading: the def line
      "$x\n_y\n1\n2\n3\n4\n5\nOPENAI_API_KEY\n",              // heading: '_' line, trailing spaces
      "class A:   \t\n" + ten + "OPENAI_API_KEY\n" + ten + "OPENAI_API_KEY\n",  // two hunks
      "OPENAI_API_KEY\n" + ten.substr(0, 48) + "OPENAI_API_KEY\n",  // 6 lines apart: one hunk
      "OPENAI_API_KEY\n" + ten.substr(0, 56) + "OPENAI_API_KEY\n",  // 7 apart: two hunks
      "OPENAI_API_KEY\nANTHROPIC_API_KEY\nOPENAI_BASE_URL\nx\nOPENAI_API_KEY",  // runs
      std::string(100, 'L') + " heading longer than eighty bytes\n" + ten + "OPENAI_API_KEY\n",
      "u = 'https://api.openai.com/v1'\n" + ten + ten + "end\n",
      "HOLYSHEEP_API_KEY\nOPENAI_API_KEY\n",  // the changed line equals its neighbour
      // headings of more than 80 bytes whose 80th byte is inside a UTF-8 character
      std::string(79, 'h') + "\u00e9 two-byte e-acute at bytes 80-81\n" + digits +
          "OPENAI_API_KEY\n",
      std::string(78, 'h') + "\u20ac three-byte euro at bytes 79-81\n" + digits +
          "OPENAI_API_KEY\n",
      std::string(77, 'h') + "\U0001F600 four-byte emoji at 78-81\n" + digits + "OPENAI_API_KEY\n",
      std::string(80, 'h') + "\u00e9 a character right after byte 80\n" + digits +
          "OPENAI_API_KEY\n",
  };
  for (const std::string& before : rows) {
    CAPTURE(before);
    std::vector<Edit> edits = testing::builtin_rules().scan(before, "a.txt").edits;
    REQUIRE(!edits.empty());
    std::string after = apply_edits(before, edits);
    auto fast = diff_from_edits("dir/a.py", before, after, edits);
    REQUIRE(fast.has_value());
    CHECK(*fast == unified_diff("dir/a.py", before, after));
  }
}

// Many hunks, with heading lines before, between and inside them: the
// heading search carries over from hunk to hunk (edit_diff.cpp).
TEST_CASE("diff_from_edits: many hunks keep libgit2's headings") {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    std::string before;
    unsigned x = seed;
    for (int i = 0; i < 400; ++i) {
      x = x * 1103515245u + 12345u;
      // headings rarer than hunks, so most hunks reuse an earlier one
      const unsigned r = (x >> 16) % 60;
      if (r == 0)
        before += "def f" + std::to_string(i) + "():\n";
      else if (r < 6)
        before += "    k = OPENAI_API_KEY\n";
      else if (r < 10)
        before += "\n";
      else
        before += "    body " + std::to_string(i) + "\n";
    }
    CAPTURE(seed);
    std::vector<Edit> edits = testing::builtin_rules().scan(before, "a.txt").edits;
    REQUIRE(!edits.empty());
    std::string after = apply_edits(before, edits);
    auto fast = diff_from_edits("a.py", before, after, edits);
    REQUIRE(fast.has_value());
    CHECK(*fast == unified_diff("a.py", before, after));
  }
}

TEST_CASE("an edit that adds or removes a line break takes libgit2's path") {
  std::vector<Edit> edits{{1, 2, "\n", "r"}};
  CHECK(!diff_from_edits("a", "abc", "a\nc", edits).has_value());
  CHECK(exact_diff("a", "abc", "a\nc", edits) == unified_diff("a", "abc", "a\nc"));
}

TEST_CASE("insertions at the very end of a file") {
  struct Row {
    std::string before;
    bool fast;
  };
  const Row rows[] = {{"a\nb", true}, {"a\nb\n", false}, {"", false}};
  for (const Row& r : rows) {
    CAPTURE(r.before);
    std::vector<Edit> edits{{r.before.size(), r.before.size(), "X", "r"}};
    std::string after = apply_edits(r.before, edits);
    auto fast = diff_from_edits("a", r.before, after, edits);
    CHECK(fast.has_value() == r.fast);
    CHECK(exact_diff("a", r.before, after, edits) == unified_diff("a", r.before, after));
  }
}

TEST_CASE("display_diff redacts keys, exact_diff does not") {
  std::string before = "k = 'sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG'\nOPENAI_API_KEY\n";
  std::vector<Edit> edits = testing::builtin_rules().scan(before, "a.txt").edits;
  std::string after = apply_edits(before, edits);
  CHECK(display_diff("a.py", before, after, edits).find("Zq8vN3") == std::string::npos);
  CHECK(exact_diff("a.py", before, after, edits).find("Zq8vN3") != std::string::npos);
  CHECK(exact_diff("a.py", before, after, edits) == unified_diff("a.py", before, after));
}
