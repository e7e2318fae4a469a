// Engine behaviour shared by all rules: suppression (docs/behaviour.md §5.5), overlaps,
// `files` globs, one prefilter pass.
#include "engine/rule_set.h"

#include <doctest/doctest.h>

#include "cli/rules_test_command.h"
#include "engine/rule_file.h"
#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::migrate;

TEST_CASE("suppression comments silence a line or the next one, in any comment syntax") {
  struct Row {
    const char* before;
    const char* after;
  };
  const Row rows[] = {
      {"u = 'https://api.openai.com/v1'  # holymigrate: ignore", nullptr},
      {"u = 'https://api.openai.com/v1'  // holymigrate: ignore", nullptr},
      {"<!-- holymigrate: ignore-next-line -->\nOPENAI_API_KEY\nOPENAI_API_KEY",
       "<!-- holymigrate: ignore-next-line -->\nOPENAI_API_KEY\nHOLYSHEEP_API_KEY"},
      {"-- holymigrate: ignore-next-line\r\nOPENAI_API_KEY\r\n", nullptr},
      {"OPENAI_API_KEY\n# holymigrate: ignore-next-line\n",
       "HOLYSHEEP_API_KEY\n# holymigrate: ignore-next-line\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == (r.after ? r.after : r.before));
  }
}

namespace {
Rule edit_rule(const std::string& id, const std::string& pattern, const std::string& replace) {
  Rule r;
  r.id = id;
  r.message = id;
  r.pattern = pattern;
  r.replace = replace;
  r.file = "test.toml";
  return r;
}
}  // namespace

TEST_CASE("overlapping edits: the earliest wins, then the rule loaded first") {
  RuleSet rules({edit_rule("a", "bcd", "X"), edit_rule("b", "abc", "Y"), edit_rule("c", "cde", "Z"),
                 edit_rule("d", "abc", "W")},
                Target{});
  FileResult r = rules.scan("abcdef", "");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].rule == "b");
  CHECK(apply_edits("abcdef", r.edits) == "Ydef");
}

TEST_CASE("a rule's files globs select the files it runs on") {
  Rule r = edit_rule("py-only", "x", "y");
  r.files = {"**/*.py"};
  RuleSet rules({r}, Target{});
  CHECK(rules.scan("x", "src/a.py").edits.size() == 1);
  CHECK(rules.scan("x", "src/a.ts").edits.empty());
  CHECK(rules.scan("x", "").edits.size() == 1);  // rule tests: every rule runs
}

TEST_CASE("pattern rules: groups in the template, report rules give findings") {
  Rule proxy =
      edit_rule("proxy", R"(https://llm-proxy\.corp/(v\d+))", R"(https://api.holysheep.ai/\1)");
  Rule report = edit_rule("todo", "TODO", "");
  report.replace.reset();
  report.severity = Severity::Info;
  RuleSet rules({proxy, report}, Target{});
  FileResult r = rules.scan("u = \"https://llm-proxy.corp/v2\" TODO", "");
  CHECK(apply_edits("u = \"https://llm-proxy.corp/v2\" TODO", r.edits) ==
        "u = \"https://api.holysheep.ai/v2\" TODO");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "todo");
  CHECK(r.findings[0].severity == Severity::Info);
}

TEST_CASE("a file with no source literal yields nothing") {
  FileResult r = testing::builtin_rules().scan(std::string(1 << 20, 'a'), "big.txt");
  CHECK(r.edits.empty());
  CHECK(r.findings.empty());
}

TEST_CASE("the built-in rules pass their own examples") {
  std::vector<Rule> rules = load_rules(true, {});
  CHECK(rules.size() >= 10);
  for (const Rule& r : rules) {
    CAPTURE(r.id);
    CHECK(!r.tests.empty());
  }
  // Runs every example (as `holymigrate rules test` does): a broken example
  // fails here, with what differed.
  RuleTestSummary ran = run_rule_tests(rules);
  CHECK(ran.rules == rules.size());
  CHECK(ran.examples >= rules.size());
  for (const RuleTestFailure& f : ran.failures)
    FAIL_CHECK(f.where << ": " << f.rule << "\n" << f.report);
  CHECK(ran.failures.empty());
}
