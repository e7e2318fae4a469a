// yaml_check() reads the event stream and loads the documents only when it
// must; it must answer exactly as loading them does (yaml_load_check()).
#include "util/yaml_stream.h"

#include <doctest/doctest.h>
#include <libfyaml.h>

#include <string>
#include <vector>

using namespace holymigrate;

TEST_CASE("yaml_check answers as loading every document does") {
  struct Row {
    std::string text;
    bool valid;
  };
  std::string deep, deep_flow;
  for (int i = 0; i < 40; ++i) deep += std::string(2 * i, ' ') + "k" + std::to_string(i) + ":\n";
  deep += std::string(80, ' ') + "v: 1\n";
  for (int i = 0; i < 40; ++i) deep_flow += "[";
  for (int i = 0; i < 40; ++i) deep_flow += "]";
  const Row rows[] = {
      {"", true},
      {"a: 1\nb: 2\n", true},
      {"a: 1\na: 2\n", false},
      {"a: 1\n'a': 2\n", false},         // quoted and plain spell one key
      {"a: 1\n\"a\": 2\n", false},       // double-quoted
      {"\"a b\": 1\na b: 2\n", false},   // plain with a space
      {"a: {x: 1, x: 2}\n", false},      // flow mapping
      {"a: {x: 1}\nb: {x: 2}\n", true},  // one key in two mappings
      {"- a: 1\n  b: 2\n- a: 1\n", true},
      {"- a: 1\n  a: 2\n", false},
      {"? [a, b]\n: 1\n? [a, b]\n: 2\n", false},  // collection keys
      {"? [a, b]\n: 1\n? [a, c]\n: 2\n", true},
      {"? \n: 1\n? \n: 2\n", false},  // two null keys
      {"? \n: 1\n'': 2\n", false},    // a null key and an empty one
      {"base: &b {x: 1}\nother: *b\n", true},
      {"other: *nowhere\n", true},        // libfyaml does not resolve aliases when loading
      {"a: &k x\n*k : 1\nx: 2\n", true},  // an alias as a key is not its anchor's text
      {"a: &k x\n*k : 1\n*k : 2\n", false},
      {"a: !!str 1\nb: !custom x\n", true},
      {"a: &x 1\nb: *x\na: 2\n", false},  // anchors and aliases on values, then a repeat
      {"a: &s [1, 2]\nb: *s\nc: !!map {d: *s}\n", true},
      {"a: !!str x\na: !!str y\n", false},
      {"!!str a: 1\nb: 2\n", true},  // a tagged key
      {"!!str a: 1\na: 2\n", false},
      {"a: 1\n---\na: 1\n", true},  // one key per document
      {"a: 1\n---\nb: 1\nb: 2\n", false},
      {"a: [1\n", false},
      {"a: b: c\n", false},
      {"key: |\n  a: 1\n  a: 2\n", true},  // a block scalar is text
      {"%YAML 1.2\n---\na: 1\n", true},
      {deep, true},
      {deep_flow, true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::optional<YamlError> fast = yaml_check(r.text);
    std::optional<YamlError> loaded = yaml_load_check(r.text);
    CHECK(fast.has_value() == !r.valid);
    REQUIRE(fast.has_value() == loaded.has_value());
    if (fast) {
      CHECK(fast->line == loaded->line);
      CHECK(fast->message == loaded->message);
    }
  }
}

// libfyaml 0.7.12 never returns from a '%' line (a directive) holding bytes
// that are not UTF-8 (fuzz_validate run 9, input "%\xff"): such a text is
// refused before it reaches the library, with the line of that directive.
TEST_CASE("yaml_check and yaml_outline refuse a directive line that is not UTF-8") {
  struct Row {
    std::string text;
    int line;  // 0: the text is not refused for this
  };
  const Row rows[] = {
      {"%\xff", 1},
      {"%a b\xff\n", 1},
      {"%a\xff\r\n", 1},
      {"\xEF\xBB\xBF%a\xff", 1},              // after a UTF-8 BOM
      {"a: 1\n...\n%x\xff\n---\nb: 2\n", 3},  // a second document's directive
      {"a:\n%a\xe2\x82\n", 2},                // a sequence cut short
      {"a: 1\r%\xc0\x80\r", 1},               // an overlong form; lone CR line breaks
      {"a: 1\n %a\xff\n", 0},                 // not at the start of a line
      {"a: 5%\xff\n", 0},
      {"%YAML 1.2\n---\na: \xff\n", 0},                // a plain scalar: libfyaml reads it
      {"%TAG !e! tag:\xc3\xa9.com:\n---\na: 1\n", 0},  // UTF-8 in a directive
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::optional<YamlError> checked = yaml_check(r.text);
    std::optional<YamlError> loaded = yaml_load_check(r.text);
    REQUIRE(checked.has_value() == loaded.has_value());
    if (r.line == 0) {
      if (checked) CHECK(checked->message.find("not UTF-8") == std::string::npos);
      continue;
    }
    REQUIRE(checked.has_value());
    CHECK(checked->line == r.line);
    CHECK(checked->message == "a directive line (starting with %) holds bytes that are not UTF-8");
    CHECK(loaded->line == r.line);
    CHECK_FALSE(yaml_outline(r.text).has_value());
  }
}

TEST_CASE("yaml_check, yaml_events and yaml_outline refuse a text holding a NUL byte") {
  // libfyaml 0.7.12 reads freed memory destroying a parser that read NULs
  // (fuzz_validate run 11; under ASan this text crashed yaml_outline).
  const std::string texts[] = {std::string("? Y:\t\0", 6), std::string("a: 1\nb: x\0y\n", 13)};
  const int lines[] = {1, 2};
  for (size_t i = 0; i < 2; ++i) {
    const std::string& t = texts[i];
    CAPTURE(i);
    std::optional<YamlError> checked = yaml_check(t);
    REQUIRE(checked.has_value());
    CHECK(checked->line == lines[i]);
    CHECK(checked->message == "a NUL byte, which YAML does not allow");
    CHECK(yaml_load_check(t).has_value());
    CHECK_FALSE(yaml_outline(t).has_value());
  }
}

// A single-quoted scalar on one line is read without libfyaml's
// fy_token_get_text(), which leaks for many '' escapes (fuzz_client run 9;
// the sanitizer suite's LeakSanitizer fails this case without the fix).
TEST_CASE("yaml_outline: single-quoted values, '' read as one quote") {
  std::string many(20, '\'');
  struct Row {
    std::string text;
    std::string value;  // of key k
  };
  const Row rows[] = {
      {"k: 'it''s'\n", "it's"},
      {"k: ''\n", ""},
      {"k: ''''\n", "'"},
      {"k: '" + many + "'\n", std::string(10, '\'')},
      {"k: 'ab" + many + "cd'\n", "ab" + std::string(10, '\'') + "cd"},
      {"{k: 'x''y', j: 1}\n", "x'y"},
      {"k: 'a \\n b'\n", "a \\n b"},  // no escapes but ''
      // Several lines fold as libfyaml folds them (these values are its own,
      // read through fy_token_get_text before the reading moved here).
      {"k: 'one\n  two''s'\n", "one two's"},
      {"k: 'a\n\n  b'\n", "a\nb"},
      {"k: 'a  \n   b  \n  c'\n", "a b c"},
      {"k: 'a\n\n\n  b'\n", "a\n\nb"},
      {"k: 'a\n  '\n", "a "},
      {"k: '\n  a'\n", " a"},
      {"k: 'a\r\n  b'\n", "a b"},
      {"k: 'a''\n  ''b'\n", "a' 'b"},
      {"k: 'a \n\n b'\n", "a\nb"},
      {"k: 'x" + many + "\n  " + many + "y'\n",
       "x" + std::string(10, '\'') + " " + std::string(10, '\'') + "y"},
      {"k: \"say \\\"hi\\\"\"\n", "say \"hi\""},
      {"k: plain 'text'\n", "plain 'text'"},
      {"'k': 'v'\n", "v"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::optional<std::vector<YamlNode>> docs = yaml_outline(r.text);
    REQUIRE(docs.has_value());
    REQUIRE(docs->size() == 1);
    const YamlNode* v = (*docs)[0].get("k");
    REQUIRE(v != nullptr);
    CHECK(v->value == r.value);
  }
  // A key spelled with escapes repeats a key spelled plainly.
  CHECK(yaml_check("'it''s': 1\nit's: 2\n").has_value());
  CHECK_FALSE(yaml_check("'it''s': 1\nits: 2\n").has_value());
  CHECK(yaml_check("'" + many + "': 1\n'" + many + "': 2\n").has_value());
}

// Lines are counted as in every other report: '\n' ends one. libfyaml's own
// line also counts a lone '\r' and puts an error at the end of the text one
// line past the last (fuzz_validate run 9: "[m\r)`" was line 3).
TEST_CASE("yaml_check: an error's line counts '\\n' only and stays within the text") {
  struct Row {
    std::string text;
    int line;
  };
  const Row rows[] = {
      {"[m\r)`", 1},       {"a: 1\r\nb: [", 2}, {"a: 1\nb: [", 2},
      {"a: 1\nb: [\n", 3},  // the end of the text, after the last line break
      {"a: 1\r[m\r)", 1},  {"a: 1\na: 2\n", 2}, {"a: 1\rb: 2\ra: 3\n", 1},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::optional<YamlError> e = yaml_check(r.text);
    REQUIRE(e.has_value());
    CHECK(e->line == r.line);
    CHECK(yaml_load_check(r.text)->line == r.line);
  }
}

namespace {

// Every scalar's value in event order, as libfyaml's own text call gives it.
std::vector<std::string> library_values(const std::string& text) {
  std::vector<std::string> out;
  fy_parse_cfg cfg{};
  cfg.flags = FYPCF_QUIET;
  fy_parser* p = fy_parser_create(&cfg);
  REQUIRE(p != nullptr);
  REQUIRE(fy_parser_set_string(p, text.data(), text.size()) == 0);
  while (fy_event* ev = fy_parser_parse(p)) {
    if (ev->type == FYET_SCALAR) {
      size_t len = 0;
      const char* s = ev->scalar.value ? fy_token_get_text(ev->scalar.value, &len) : nullptr;
      out.emplace_back(s ? std::string(s, len) : std::string());
    }
    fy_parser_event_free(p, ev);
  }
  fy_parser_destroy(p);
  return out;
}

void outline_values(const YamlNode& n, std::vector<std::string>& out) {
  if (n.is_scalar()) out.push_back(n.value);
  for (const YamlNode& c : n.items) outline_values(c, out);
}

}  // namespace

// yaml_outline reads one-line plain and double-quoted scalars itself
// (util/yaml_stream.cpp scalar_value): the values must be the library's.
TEST_CASE("yaml_outline: scalar values equal libfyaml's") {
  const std::string rows[] = {
      "a: plain value\nb:   spaced   inside   \nc: x # comment\n",
      "a: \"double\"\nb: \"with \\\"escape\\\" and \\t tab\"\nc: \"\"\n",
      "a: 'single'\nb: 'it''s'\n",
      "a: tab\tinside\t\nb: trailing \t \n",
      "a: line\u2028sep\nb: next\u0085line\nc: para\u2029sep\n",
      "a: multi\n  line plain\nb: \"multi\n  line quoted\"\n",
      "a: |\n  block\n  text\nb: >\n  folded\n  text\n",
      "{a: 1, b: [x, y z, 'q'], c: {d: e}}\n",
      "- one\n- two: three\n- \"four\"\n",
      "key with spaces: value:with colon\n",
      "a: http://example.com/x?y=1#frag\nb: x#y\n",
      "a: ~\nb: null\nc: 0x1F\nd: 1e3\n",
      "a: \"\\u00e9\\x41\"\nb: \"\\\\\"\n",
      "a: b\r\nc: d \r\n",
      "a: caf\u00e9 \u00fcber\n",
  };
  for (const std::string& text : rows) {
    CAPTURE(text);
    std::optional<std::vector<YamlNode>> docs = yaml_outline(text);
    REQUIRE(docs.has_value());
    std::vector<std::string> ours;
    for (const YamlNode& d : *docs) outline_values(d, ours);
    CHECK(ours == library_values(text));
  }
}

// yaml_outline(text, keep): keys always, values by the key they sit under
// (a sequence's items by the sequence's key); spans as without a filter.
TEST_CASE("yaml_outline: a value filter keeps keys and the values asked for") {
  const std::string text =
      "services:\n  web:\n    image: {repository: r, tag: t}\n    volumes: [./a:/a, {source: "
      "./b}]\n    description: |\n      long text\n    env: [X, Y]\n";
  auto keep = [](std::string_view key) {
    return key == "image" || key == "repository" || key == "volumes" || key == "source";
  };
  std::optional<std::vector<YamlNode>> all = yaml_outline(text);
  std::optional<std::vector<YamlNode>> some = yaml_outline(text, keep);
  REQUIRE(all.has_value());
  REQUIRE(some.has_value());
  std::vector<std::string> kept;
  // Walk both trees together: same shape and spans; the filtered one keeps
  // a value only where it should.
  auto walk = [&](auto& self, const YamlNode& a, const YamlNode& b) -> void {
    CHECK(a.kind == b.kind);
    CHECK(a.begin == b.begin);
    CHECK(a.end == b.end);
    REQUIRE(a.items.size() == b.items.size());
    if (a.is_scalar() && !b.value.empty()) {
      CHECK(a.value == b.value);
      kept.push_back(b.value);
    }
    for (size_t i = 0; i < a.items.size(); ++i) self(self, a.items[i], b.items[i]);
  };
  REQUIRE(all->size() == some->size());
  for (size_t i = 0; i < all->size(); ++i) walk(walk, (*all)[i], (*some)[i]);
  CHECK(kept == std::vector<std::string>{"services", "web", "image", "repository", "r", "tag",
                                         "volumes", "./a:/a", "source", "./b", "description",
                                         "env"});
}
