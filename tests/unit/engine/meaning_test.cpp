#include "engine/meaning.h"

#include <doctest/doctest.h>

#include "../rule_fixture.h"

using namespace holymigrate;

TEST_CASE("keep_meaning renames env access and string forms only") {
  struct Row {
    const char* path;
    const char* before;
    const char* after;
  };
  const Row rows[] = {
      {"a.ts", "export const OPENAI_BASE_URL = process.env.OPENAI_BASE_URL;",
       "export const OPENAI_BASE_URL = process.env.HOLYSHEEP_BASE_URL ?? "
       "\"https://api.holysheep.ai/v1\";"},
      {"a.ts", "interface ProcessEnv { OPENAI_API_KEY: string }",
       "interface ProcessEnv { OPENAI_API_KEY: string }"},
      {"a.ts", "const k = import.meta.env?.VITE_OPENAI_API_KEY; // OPENAI_API_KEY",
       "const k = import.meta.env?.VITE_HOLYSHEEP_API_KEY; // HOLYSHEEP_API_KEY"},
      {"a.py", "OPENAI_API_KEY = os.environ['OPENAI_API_KEY']",
       "OPENAI_API_KEY = os.environ['HOLYSHEEP_API_KEY']"},
      {"a.py", "update_env(ANTHROPIC_BASE_URL=x)", "update_env(ANTHROPIC_BASE_URL=x)"},
      {"a.py", "f\"{os.environ['OPENAI_API_KEY']}\"", "f\"{os.environ['HOLYSHEEP_API_KEY']}\""},
      {"main.go", "const OPENAI_API_KEY = os.Getenv(\"OPENAI_API_KEY\")",
       "const OPENAI_API_KEY = os.Getenv(\"HOLYSHEEP_API_KEY\")"},
      // keys destructured from an env object are env reads; the binding keeps its name
      {"a.js", "const { OPENAI_API_KEY } = process.env;",
       "const { HOLYSHEEP_API_KEY: OPENAI_API_KEY } = process.env;"},
      {"a.ts", "const { a, OPENAI_API_KEY: k, ANTHROPIC_API_KEY = d } = process.env\n",
       "const { a, HOLYSHEEP_API_KEY: k, HOLYSHEEP_API_KEY: ANTHROPIC_API_KEY = d } = "
       "process.env\n"},
      {"a.js", "let { x: { y }, OPENAI_API_KEY } = env;",
       "let { x: { y }, HOLYSHEEP_API_KEY: OPENAI_API_KEY } = env;"},
      {"a.js", "const { HOLYSHEEP_API_KEY: OPENAI_API_KEY } = process.env;",
       "const { HOLYSHEEP_API_KEY: OPENAI_API_KEY } = process.env;"},  // a second run
      {"a.js", "const { OPENAI_API_KEY } = config;", "const { OPENAI_API_KEY } = config;"},
      {"a.js", "const { OPENAI_API_KEY } = process.env.x;",
       "const { OPENAI_API_KEY } = process.env.x;"},
      {"a.js", "f({ OPENAI_API_KEY }); x = process.env;",
       "f({ OPENAI_API_KEY }); x = process.env;"},
      {"a.py", "{ OPENAI_API_KEY } = env", "{ OPENAI_API_KEY } = env"},  // not JavaScript
      {"run.sh", "OPENAI_API_KEY=x", "HOLYSHEEP_API_KEY=x"},  // not a programming language
      {"x.md", "set OPENAI_API_KEY", "set HOLYSHEEP_API_KEY"},
      // §4.6 a store path keeps its name
      {"s.tf", "secret_id = \"prod/app/OPENAI_API_KEY\"",
       "secret_id = \"prod/app/OPENAI_API_KEY\""},
      {"run.sh", "curl \"${OPENAI_BASE_URL}/chat\"", "curl \"${HOLYSHEEP_BASE_URL}/chat\""},
      // §5.6 identifier URLs
      {"a.py", "f(audience=\"https://api.openai.com/v1\")",
       "f(audience=\"https://api.openai.com/v1\")"},
      {"a.json", "{\"$id\": \"https://api.openai.com/v1/x\"}",
       "{\"$id\": \"https://api.openai.com/v1/x\"}"},
      {"a.yml", "iss: https://api.openai.com\nurl: https://api.openai.com/v1\n",
       "iss: https://api.openai.com\nurl: https://api.holysheep.ai/v1\n"},
      {"a.py", "base_audience = 1; u = \"https://api.openai.com/v1\"",
       "base_audience = 1; u = \"https://api.holysheep.ai/v1\""},
      // the key is looked for in the bytes just before the URL, also mid-line
      {"a.json",
       "{\"x\": "
       "\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", "
       "\"aud\": \"https://api.openai.com/v1\"}",
       "{\"x\": "
       "\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", "
       "\"aud\": \"https://api.openai.com/v1\"}"},
      {"a.json",
       "{\"x\": "
       "\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", "
       "\"xaud\": \"https://api.openai.com/v1\"}",
       "{\"x\": "
       "\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", "
       "\"xaud\": \"https://api.holysheep.ai/v1\"}"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CAPTURE(r.before);
    CHECK(apply_edits(r.before, testing::builtin_rules().scan(r.before, r.path).edits) == r.after);
  }
}

TEST_CASE("keep_meaning keeps uses: step inputs and reports external-env") {
  std::string text =
      "steps:\n  - uses: org/act@v1\n    with:\n      key: ${{ secrets.OPENAI_API_KEY }}\n"
      "  - run: x\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n";
  FileResult r = testing::builtin_rules().scan(text, ".github/workflows/a.yml");
  CHECK(apply_edits(text, r.edits) ==
        "steps:\n  - uses: org/act@v1\n    with:\n      key: ${{ secrets.OPENAI_API_KEY }}\n"
        "  - run: x\n    env:\n      HOLYSHEEP_API_KEY: ${{ secrets.HOLYSHEEP_API_KEY }}\n");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "external-env");
  CHECK(r.findings[0].message.find("org/act@v1") != std::string::npos);
}

// Shared case 16's kind: many URL edits on one long line. The look-back for
// identifier keys is bounded, so this is linear (the time goes in
// docs/performance.md; only the result is asserted here).
TEST_CASE("identifier URLs on one long line keep their meaning") {
  std::string line = "[";
  for (int i = 0; i < 20000; ++i)
    line += "{\"url\":\"https://api.openai.com/v1/x\",\"aud\":\"https://api.openai.com/v1\"},";
  line += "{}]";
  FileResult r = testing::builtin_rules().scan(line, "big.json");
  CHECK(r.edits.size() == 20000);  // every url, no aud
  std::string after = apply_edits(line, r.edits);
  CHECK(after.find("\"url\":\"https://api.openai.com") == std::string::npos);
  CHECK(after.find("\"aud\":\"https://api.holysheep.ai") == std::string::npos);
}
