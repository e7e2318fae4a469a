// docs/behaviour.md §4: whole identifiers only, framework prefixes kept.
#include <doctest/doctest.h>

#include "rule_fixture.h"

using holymigrate::testing::migrate;

namespace {
struct Row {
  const char* before;
  const char* after;
};
}  // namespace

TEST_CASE("env-rename: the five names become K, B or A (§4.1)") {
  const Row rows[] = {
      {"OPENAI_API_KEY", "HOLYSHEEP_API_KEY"},
      {"ANTHROPIC_API_KEY", "HOLYSHEEP_API_KEY"},
      {"OPENAI_BASE_URL", "HOLYSHEEP_BASE_URL"},
      {"OPENAI_API_BASE", "HOLYSHEEP_BASE_URL"},
      {"ANTHROPIC_BASE_URL", "HOLYSHEEP_ANTHROPIC_BASE_URL"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}

TEST_CASE("env-rename: every place the token stands (§4.3)") {
  const Row rows[] = {
      {"os.environ[\"OPENAI_API_KEY\"]", "os.environ[\"HOLYSHEEP_API_KEY\"]"},
      {"os.getenv('OPENAI_API_KEY')", "os.getenv('HOLYSHEEP_API_KEY')"},
      {"process.env.OPENAI_API_KEY", "process.env.HOLYSHEEP_API_KEY"},
      {"process.env[\"OPENAI_BASE_URL\"]", "process.env[\"HOLYSHEEP_BASE_URL\"]"},
      {"os.Getenv(\"OPENAI_API_KEY\")", "os.Getenv(\"HOLYSHEEP_API_KEY\")"},
      {"System.getenv(\"OPENAI_API_KEY\")", "System.getenv(\"HOLYSHEEP_API_KEY\")"},
      {"Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\")",
       "Environment.GetEnvironmentVariable(\"HOLYSHEEP_API_KEY\")"},
      {"std::env::var(\"OPENAI_API_KEY\")", "std::env::var(\"HOLYSHEEP_API_KEY\")"},
      {"ENV['OPENAI_API_KEY'] ENV.fetch(\"OPENAI_API_KEY\")",
       "ENV['HOLYSHEEP_API_KEY'] ENV.fetch(\"HOLYSHEEP_API_KEY\")"},
      {"getenv(\"OPENAI_API_KEY\") $_ENV['OPENAI_API_KEY']",
       "getenv(\"HOLYSHEEP_API_KEY\") $_ENV['HOLYSHEEP_API_KEY']"},
      {"$OPENAI_API_KEY ${OPENAI_API_KEY} ${OPENAI_API_KEY:-x}",
       "$HOLYSHEEP_API_KEY ${HOLYSHEEP_API_KEY} ${HOLYSHEEP_API_KEY:-x}"},
      {"export OPENAI_API_KEY=", "export HOLYSHEEP_API_KEY="},
      {"OPENAI_API_KEY=$OPENAI_API_KEY", "HOLYSHEEP_API_KEY=$HOLYSHEEP_API_KEY"},
      {"OPENAI_API_KEY OPENAI_API_KEY", "HOLYSHEEP_API_KEY HOLYSHEEP_API_KEY"},
      {"ENV OPENAI_API_KEY=\"\"\nARG OPENAI_BASE_URL",
       "ENV HOLYSHEEP_API_KEY=\"\"\nARG HOLYSHEEP_BASE_URL"},
      {"  - OPENAI_API_KEY=${OPENAI_API_KEY}", "  - HOLYSHEEP_API_KEY=${HOLYSHEEP_API_KEY}"},
      {"  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}",
       "  HOLYSHEEP_API_KEY: ${{ secrets.HOLYSHEEP_API_KEY }}"},
      {"`\\${{ secrets.OPENAI_API_KEY }}`", "`\\${{ secrets.HOLYSHEEP_API_KEY }}`"},
      {"variable \"OPENAI_API_KEY\" {}", "variable \"HOLYSHEEP_API_KEY\" {}"},
      {"- name: OPENAI_API_KEY\r\n", "- name: HOLYSHEEP_API_KEY\r\n"},
      {"Set OPENAI_API_KEY.", "Set HOLYSHEEP_API_KEY."},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}

TEST_CASE("env-rename: look-alike names stay (§4.2)") {
  const char* unchanged[] = {
      "AZURE_OPENAI_API_KEY",  "MY_OPENAI_API_KEY",   "YOUR_OPENAI_API_KEY",  "OPENAI_API_KEY_2",
      "OPENAI_API_KEYS",       "OPENAI_API_KEY_PATH", "openai_api_key",       "OPENAI_API_BASE_URL",
      "ANTHROPIC_AWS_API_KEY", "OPENAPI_API_KEY",     "XVITE_OPENAI_API_KEY", "NUXT_OPENAI_API_KEY",
  };
  for (const char* text : unchanged) {
    CAPTURE(text);
    CHECK(migrate(text) == text);
  }
}

TEST_CASE("env-rename: a framework prefix is kept (§4.2)") {
  const Row rows[] = {
      {"VITE_OPENAI_API_KEY", "VITE_HOLYSHEEP_API_KEY"},
      {"NEXT_PUBLIC_OPENAI_BASE_URL", "NEXT_PUBLIC_HOLYSHEEP_BASE_URL"},
      {"REACT_APP_OPENAI_API_KEY", "REACT_APP_HOLYSHEEP_API_KEY"},
      {"NUXT_PUBLIC_ANTHROPIC_API_KEY", "NUXT_PUBLIC_HOLYSHEEP_API_KEY"},
      {"EXPO_PUBLIC_OPENAI_API_KEY", "EXPO_PUBLIC_HOLYSHEEP_API_KEY"},
      {"PUBLIC_OPENAI_API_KEY", "PUBLIC_HOLYSHEEP_API_KEY"},
      {"GATSBY_OPENAI_API_KEY", "GATSBY_HOLYSHEEP_API_KEY"},
      {"import.meta.env.VITE_OPENAI_API_KEY", "import.meta.env.VITE_HOLYSHEEP_API_KEY"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}
