// Rule files (docs/behaviour.md §9): each loading error, with its exact text.
#include "engine/rule_file.h"

#include <doctest/doctest.h>

#include "cli/rules_test_command.h"
#include "util/error.h"

using namespace holymigrate;

namespace {
std::string errors_of(const std::string& text) {
  return join_errors(parse_rule_file(text, "r.toml").errors);
}
constexpr const char* kGood = R"([[rule]]
id = "internal-proxy"
message = "internal LLM proxy -> HolySheep"
severity = "edit"
files = ["**/*.py"]
pattern = 'https://llm-proxy\.corp/(v\d+)'
replace = 'https://api.holysheep.ai/\1'

[[rule.test]]
before = 'u = "https://llm-proxy.corp/v1"'
after  = 'u = "https://api.holysheep.ai/v1"'
)";
}  // namespace

TEST_CASE("a well-formed rule file loads") {
  RuleFileResult r = parse_rule_file(kGood, "r.toml");
  CHECK(r.errors.empty());
  REQUIRE(r.rules.size() == 1);
  CHECK(r.rules[0].id == "internal-proxy");
  CHECK(r.rules[0].line == 1);
  CHECK(r.rules[0].files == std::vector<std::string>{"**/*.py"});
  REQUIRE(r.rules[0].tests.size() == 1);
  CHECK(r.rules[0].tests[0].line == 9);
  CHECK(run_rule_tests(r.rules).failures.empty());
}

TEST_CASE("loading errors name file:line:col and what is wrong") {
  struct Row {
    const char* text;
    const char* error;
  };
  const Row rows[] = {
      {"[[rule]\n",
       "r.toml:1:8: invalid TOML: Error while parsing table header: expected ']', saw '\\n'"},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"edit\"\npatern = 'a'\nreplace = "
       "'b'\n[[rule.test]]\nbefore = 'a'\nafter = 'b'\n",
       "r.toml:5:1: unknown key \"patern\" in [[rule]] (did you mean \"pattern\"?)\nr.toml:1:1: "
       "rule \"x\" needs a \"pattern\""},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"fatal\"\npattern = "
       "'a'\n[[rule.test]]\nbefore = 'a'\nfindings = 1\n",
       "r.toml:4:12: rule \"x\": severity \"fatal\" must be edit, error, warning or info"},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"edit\"\npattern = '(a'\nreplace = "
       "'b'\n[[rule.test]]\nbefore = 'a'\nafter = 'b'\n",
       "r.toml:5:11: rule \"x\": bad pattern: missing ): (a"},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"edit\"\npattern = 'a'\nreplace = 'b'\n",
       "r.toml:1:1: rule \"x\" has no [[rule.test]] example; add at least one"},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"edit\"\npattern = "
       "'a'\n[[rule.test]]\nbefore = 'a'\nafter = 'b'\n",
       "r.toml:1:1: rule \"x\" has severity \"edit\" but no \"replace\""},
      {"[[rule]]\nid = \"x\"\nmessage = \"m\"\nseverity = \"edit\"\npattern = '(a)'\nreplace = "
       "'\\2'\n[[rule.test]]\nbefore = 'a'\nafter = 'b'\n",
       "r.toml:6:11: rule \"x\": bad replace: Rewrite schema requests 2 matches, but the regexp "
       "only has 1 parenthesized subexpressions."},
      {"[[rule]]\nid = \"Bad_Id\"\nmessage = \"m\"\nseverity = \"info\"\npattern = "
       "'a'\n[[rule.test]]\nbefore = 'a'\nfindings = 1\n",
       "r.toml:2:6: rule id \"Bad_Id\" must match [a-z0-9-]+"},
      // Found by fuzz_rule_file: an endpoint without a host matched the empty
      // string at one place forever (scan never returned).
      {"[[rule]]\nid = \"x\"\nkind = \"endpoint\"\nmessage = \"m\"\nseverity = \"edit\"\nfrom = "
       "\"https:///v1\"\n[[rule.test]]\nbefore = 'a'\nafter = 'a'\n",
       "r.toml:6:8: rule \"x\": \"from\" must be a URL such as https://api.openai.com/v1"},
      {"[[rule]]\nid = \"x\"\nkind = \"endpoint\"\nmessage = \"m\"\nseverity = \"edit\"\nfrom = "
       "\"https://\"\n[[rule.test]]\nbefore = 'a'\nafter = 'a'\n",
       "r.toml:6:8: rule \"x\": \"from\" must be a URL such as https://api.openai.com/v1"},
      {"[[rule]]\nid = \"x\"\nkind = \"env_rename\"\nmessage = \"m\"\nseverity = \"edit\"\nfrom = "
       "\"A\"\n[[rule.test]]\nbefore = 'A'\nafter = 'B'\n",
       "r.toml:3:8: rule \"x\": unknown kind \"env_rename\" (one of pattern, endpoint, env-rename, "
       "secret, client, model-map)"},
      {"[[rule]]\nid = \"x\"\nkind = \"model-map\"\nmessage = \"m\"\nseverity = \"edit\"\nfrom = "
       "\"a\"\n[[rule.test]]\nbefore = 'a'\nafter = 'b'\n",
       "r.toml:1:1: rule \"x\" (kind model-map) needs \"to\""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(errors_of(r.text) == r.error);
  }
}

TEST_CASE("a failing example is reported with a diff") {
  std::string text = kGood;
  text.replace(text.rfind("api.holysheep.ai/v1"), 19, "api.holysheep.ai/v9");
  RuleFileResult r = parse_rule_file(text, "r.toml");
  REQUIRE(r.errors.empty());
  RuleTestSummary s = run_rule_tests(r.rules);
  REQUIRE(s.failures.size() == 1);
  CHECK(s.failures[0].where == "r.toml:9");
  CHECK(s.failures[0].report ==
        "--- expected\n+++ got\n@@ -1 +1 @@\n-u = \"https://api.holysheep.ai/v9\"\n+u = "
        "\"https://api.holysheep.ai/v1\"\n");
}
