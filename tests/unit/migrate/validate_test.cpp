#include "migrate/validate.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("check_format per format") {
  struct Row {
    const char* path;
    const char* text;
    bool valid;
    const char* message_part;  // a piece of the message when invalid
  };
  const Row rows[] = {
      {"ci.yml", "env:\n  A: 1\n  B: 2\n", true, ""},
      {"ci.yml", "env:\n  A: 1\n  A: 1\n", false, "duplicate key"},
      {"k.yaml", "a: 1\n---\nb: 1\n---\nb: 1\nb: 2\n", false, "duplicate key"},
      {"k.yaml", "a: [1\n", false, ""},
      {"a.json", "{\"a\": 1, \"b\": {\"a\": 2}}", true, ""},
      {"a.json", "{\"a\": 1, \"b\": 2, \"a\": 3}", false, "duplicate key \"a\""},
      {"a.json", "{\"a\": 1,}", false, ""},
      {"n.ipynb", "{\"cells\": [], \"cells\": []}", false, "duplicate key"},
      {"p.toml", "a = 1\nb = 2\n", true, ""},
      {"p.toml", "a = 1\na = 2\n", false, ""},
      {".env", "A=1\n# A=2\nexport B=2\n", true, ""},
      {".env.example", "A=1\nexport  A=2\n", false, "\"A\" is assigned twice"},
      {"prod.env", "A=1\nA=1\n", false, "assigned twice"},
      {"app.py", "x = f(a, [1, 2])\n", true, ""},
      {"app.py", "x = f(a, [1, 2)\n", false, "unbalanced"},
      {"app.py", "x = \"(\"\n", true, ""},
      {"web.ts", "const a = { b: `${c}` };\n", true, ""},
      {"web.ts", "const a = { b: 1 ;\n", false, "never closed"},
      {"main.go", "func f() { g(\"}\") }\n", true, ""},
      {"run.sh", "echo ${A\n", true, ""},  // not checked
      {"Dockerfile", "ENV A=1\nENV A=2\n", true, ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CAPTURE(r.text);
    std::optional<FormatError> e = check_format(r.path, r.text);
    CHECK(e.has_value() == !r.valid);
    if (e) CHECK(e->message.find(r.message_part) != std::string::npos);
  }
}

TEST_CASE("check_format gives the line of a YAML duplicate key and a .env repeat") {
  auto y = check_format("c.yml", "env:\n  K: 1\n  K: 2\n");
  REQUIRE(y);
  CHECK(y->line == 3);
  auto d = check_format(".env", "A=1\n\nA=2\n");
  REQUIRE(d);
  CHECK(d->line == 3);
}

TEST_CASE("would_break only holds files that were valid before") {
  CHECK(would_break("c.yml", "A: 1\nB: 1\n", "A: 1\nA: 1\n"));
  CHECK_FALSE(would_break("c.yml", "A: 1\nB: 1\n", "A: 1\nC: 1\n"));
  // A Helm template that never parsed is not held to it.
  CHECK_FALSE(would_break("t.yaml", "a: {{ .x }\nA: 1\n", "a: {{ .x }\nA: 1\nA: 2\n"));
  CHECK_FALSE(would_break("c.json", "{\"a\": 1, \"a\": 2}", "{\"b\": 1, \"b\": 2}"));
}
