// diff_from_edits() must print exactly what libgit2's diff prints for the
// same texts (tests/corpus/ checks the generated corpus too).
#include "migrate/edit_diff.h"

#include <doctest/doctest.h>

#include <cstdio>

#include "migrate/diff.h"
#include "rule_fixture.h"
#include "util/redact.h"

using namespace holymigrate;

namespace {

// The offsets where the lines of `text` start.
struct Lines : std::vector<size_t> {
  explicit Lines(const std::string& text) {
    for (size_t at = 0; at < text.size(); at = text.find('\n', at) + 1) {
      push_back(at);
      if (text.find('\n', at) == std::string::npos) break;
    }
  }
};

// `text` with the unified diff `patch` applied, checking every context and
// removed line against `text` and each hunk header's counts; "" when any
// check fails.
std::string applied(const std::string& text, const std::string& patch) {
  std::vector<std::string> old_lines;
  for (size_t at = 0; at < text.size();) {
    size_t nl = text.find('\n', at);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    old_lines.push_back(text.substr(at, end - at));
    at = end;
  }
  std::vector<std::string> rows;
  for (size_t at = 0; at < patch.size();) {
    size_t nl = patch.find('\n', at);
    rows.push_back(patch.substr(at, nl - at + 1));
    at = nl + 1;
  }
  std::string out;
  size_t next_old = 0;  // the first old line not yet copied
  long shift = 0;       // new start minus old start, from the hunks before
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].starts_with("@@ ")) continue;
    unsigned long os = 0, oc = 1, ns = 0, nc = 1;
    if (std::sscanf(rows[i].c_str(), "@@ -%lu,%lu +%lu,%lu", &os, &oc, &ns, &nc) != 4 &&
        std::sscanf(rows[i].c_str(), "@@ -%lu +%lu,%lu", &os, &ns, &nc) != 3 &&
        std::sscanf(rows[i].c_str(), "@@ -%lu,%lu +%lu", &os, &oc, &ns) != 3)
      return "";
    if (static_cast<long>(ns) - static_cast<long>(os) != shift) return "";
    for (; next_old + 1 < os; ++next_old) out += old_lines[next_old];
    unsigned long seen_old = 0, seen_new = 0;
    for (++i; i < rows.size() && !rows[i].starts_with("@@ "); ++i) {
      std::string line = rows[i].substr(1);
      if (i + 1 < rows.size() && rows[i + 1] == "\\ No newline at end of file\n") line.pop_back();
      if (rows[i][0] == '\\') continue;
      if (rows[i][0] != '+') {
        if (next_old >= old_lines.size() || old_lines[next_old] != line) return "";
        ++next_old, ++seen_old;
      }
      if (rows[i][0] != '-') out += line, ++seen_new;
    }
    --i;
    if (seen_old != oc || seen_new != nc) return "";
    shift += static_cast<long>(nc) - static_cast<long>(oc);
  }
  for (; next_old < old_lines.size(); ++next_old) out += old_lines[next_old];
  return out;
}

}  // namespace

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
    // The same with the lines migrate_file() has already counted.
    LineIndex lines(before);
    CHECK(diff_from_edits("dir/a.py", before, after, edits, FileMode::Regular, &lines) == fast);
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
    LineIndex lines(before);
    CHECK(diff_from_edits("a.py", before, after, edits, FileMode::Regular, &lines) == fast);
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
    LineIndex lines(r.before);
    CHECK(diff_from_edits("a", r.before, after, edits, FileMode::Regular, &lines) == fast);
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

// Texts holding keys: the diff shown is libgit2's diff of the redacted
// texts, whichever way display_diff() gets it (the edits moved onto the
// redacted text, or libgit2 itself when an edit reaches into a key).
TEST_CASE("display_diff of texts with keys is the diff of the redacted texts") {
  const std::string key = "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG";
  const std::string other = "sk-ant-api03-Yw2Xv9Lk4Mn7Pq3Rs8Tu";
  struct Row {
    std::string before;
    std::vector<Edit> edits;  // empty: the built-in rules' edits
  };
  const Row rows[] = {
      {"k = '" + key + "'\nOPENAI_API_KEY\n", {}},
      {"OPENAI_API_KEY = '" + key + "'\n", {}},  // the edit before the key, same line
      {"a = '" + key + "' b = '" + other + "'\nurl = 'https://api.openai.com/v1'\n", {}},
      {"x\n" + key + "\n", {{2, 2, "y ", "r"}}},  // an insertion touching its start
      {"x\n" + key + "\n", {{2 + key.size(), 2 + key.size(), " y", "r"}}},   // touching its end
      {"x\n" + key + "\n", {{2 + key.size(), 2 + key.size(), "abc", "r"}}},  // lengthens the key
      {"x\n" + key + "\n", {{5, 9, "XXXX", "r"}}},                           // inside the key
      {"x\n" + key + "\n", {{0, 1, "sk-", "r"}}},  // makes a new key-like text? no
      {"x " + key + "\n", {{0, 1, "y", "r"}}},     // the key's line edited elsewhere
      {key + "\n" + key + "\n" + key + "\nOPENAI_API_KEY\n", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    std::vector<Edit> edits =
        r.edits.empty() ? testing::builtin_rules().scan(r.before, "a.txt").edits : r.edits;
    REQUIRE(!edits.empty());
    std::string after = apply_edits(r.before, edits);
    std::string shown = display_diff("a.py", r.before, after, edits);
    CHECK(shown == unified_diff("a.py", redact(r.before), redact(after)));
    CHECK(shown.find("Zq8vN3") == std::string::npos);
  }
}

TEST_CASE("edits_after_redaction moves edits onto the redacted text, or refuses") {
  const std::string key = "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG";  // shown as "sk-pro…"
  const std::string text = "a " + key + " b " + key + " c\n";
  const size_t k1 = 2, k2 = 2 + key.size() + 3;
  struct Row {
    std::vector<Edit> edits;
    bool moved;  // false: refused
  };
  const Row rows[] = {
      {{{0, 1, "A", "r"}}, true},                                      // before both keys
      {{{k1 + key.size() + 1, k1 + key.size() + 2, "B", "r"}}, true},  // between them
      {{{text.size() - 2, text.size() - 1, "C", "r"}}, true},          // after both
      {{{0, 1, "A", "r"}, {text.size() - 2, text.size() - 1, "C", "r"}}, true},
      {{{k1, k1, "x ", "r"}}, true},                            // touches a start
      {{{k1 + key.size(), k1 + key.size(), " x", "r"}}, true},  // touches an end
      {{{k1 + 3, k1 + 5, "zz", "r"}}, false},                   // inside the first
      {{{k2 + 1, k2 + 1, "z", "r"}}, false},                    // into the second
      {{{k1 - 1, k1 + 1, "zz", "r"}}, false},                   // across a start
      {{{text.size() - 2, text.size() - 1, "C", "r"}, {0, 1, "A", "r"}}, false},  // unsorted
  };
  const auto keys = find_key_like(text);
  REQUIRE(keys.size() == 2);
  for (const Row& r : rows) {
    CAPTURE(r.edits.front().begin);
    auto moved = edits_after_redaction(text, keys, r.edits);
    REQUIRE(moved.has_value() == r.moved);
    if (!moved) continue;
    CHECK(apply_edits(redact(text), *moved) == redact(apply_edits(text, r.edits)));
  }
}

// Whole lines inserted at the start of a line (`import os`, a module
// configuration) are added lines; where the diff algorithm could place them
// otherwise (a neighbour equal to an inserted line) libgit2 decides.
TEST_CASE("diff_from_edits: inserted lines print what libgit2 prints") {
  struct Row {
    std::string before;
    std::vector<Edit> edits;
  };
  const std::string py =
      "\"\"\"doc\"\"\"\nfrom openai import OpenAI\n\nclient = OpenAI()\nprint(1)\n";
  const Row rows[] = {
      {py, {}},  // the built-in rules: `import os` and the client's arguments
      // "\nconst openai = …" written at the end of the import statement's line
      {"import { openai } from \"@ai-sdk/openai\";\nconst m = openai(\"gpt-4o\");\n", {}},
      {"import { openai } from \"@ai-sdk/openai\";\r\nconst m = openai(\"gpt-4o\");\r\n", {}},
      // "baseURL: …,\n  " written after the indentation of the first property
      {"import OpenAI from \"openai\";\nconst c = new OpenAI({\n  apiKey: k,\n});\n", {}},
      {"a\nb\nc\n", {{0, 0, "x\n", "r"}}},
      {"a\nb\nc\n", {{2, 2, "x\ny\n", "r"}, {2, 3, "B", "r"}}},  // inserted, then the line edited
      {"a\nb\nc\n", {{2, 2, "b\n", "r"}}},                       // equal to the line after: slides
      {"a\nb\nc\n", {{2, 2, "a\n", "r"}}},                       // equal to the line before
      {"a\nb\nc", {{4, 4, "x\n", "r"}, {4, 5, "C", "r"}}},       // last line without a newline
      {"a\r\nb\r\n", {{3, 3, "x\r\n", "r"}}},
      {"def f():\n" + std::string(20, 'x') + "\n1\n2\n3\n4\n5\n6\n7\n8\n9\nz\n",
       {{9, 9, "i\n", "r"}, {48, 48, "j\n", "r"}}},  // two hunks, the second shifted
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    const char* path = r.before.starts_with("import") ? "a.ts" : "a.py";
    std::vector<Edit> edits =
        r.edits.empty() ? testing::builtin_rules().scan(r.before, path).edits : r.edits;
    REQUIRE(!edits.empty());
    std::string after = apply_edits(r.before, edits);
    CHECK(exact_diff("a.py", r.before, after, edits) == unified_diff("a.py", r.before, after));
  }
  // The common cases take the fast path.
  for (int i = 0; i < 5; ++i) {
    const Row& r = rows[i];
    CAPTURE(r.before);
    const char* path = i == 0 ? "a.py" : "a.ts";
    std::vector<Edit> edits = testing::builtin_rules().scan(r.before, path).edits;
    CHECK(diff_from_edits(path, r.before, apply_edits(r.before, edits), edits).has_value());
  }

  // Random texts of few distinct lines (so that lines repeat), with inserted
  // lines and edited lines: every diff this path gives is a patch that turns
  // `before` into `after` (where lines repeat this much, the diff algorithm
  // may choose other lines to show as changed; diff_from_edits' header).
  const char* const words[] = {"a\n", "b\n", "c\n", "\n", "def f():\n", "  x = 1\n"};
  size_t fast = 0;
  for (unsigned seed = 1; seed <= 300; ++seed) {
    unsigned x = seed;
    auto next = [&] { return (x = x * 1103515245u + 12345u) >> 16; };
    std::string before;
    for (unsigned i = 0, n = 5 + next() % 40; i < n; ++i) before += words[next() % 6];
    std::vector<Edit> es;
    Lines lines(before);
    for (size_t i = 0; i < lines.size(); ++i) {
      unsigned r = next() % 10;
      if (r == 0) es.push_back({lines[i], lines[i], std::string(words[next() % 6]), "r"});
      if (r == 1 && before[lines[i]] != '\n') es.push_back({lines[i], lines[i] + 1, "Q", "r"});
    }
    if (es.empty()) continue;
    CAPTURE(before);
    std::string after = apply_edits(before, es);
    if (auto d = diff_from_edits("r.txt", before, after, es)) {
      ++fast;
      CHECK(applied(before, *d) == after);
    }
  }
  CHECK(fast > 100);
}
