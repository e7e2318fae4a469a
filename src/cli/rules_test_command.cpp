#include "cli/rules_test_command.h"

#include <fmt/format.h>

#include "engine/rule_set.h"
#include "migrate/diff.h"
#include "util/redact.h"

namespace holymigrate {

RuleTestSummary run_rule_tests(const std::vector<Rule>& rules) {
  RuleTestSummary summary;
  for (const Rule& rule : rules) {
    ++summary.rules;
    RuleSet one({rule}, Target{});
    for (const RuleTest& test : rule.tests) {
      ++summary.examples;
      FileResult r = one.scan(test.before, "");
      std::string where = fmt::format("{}:{}", rule.file, test.line);
      if (test.after) {
        std::string got = apply_edits(test.before, r.edits);
        if (got != *test.after) {
          std::string expected = *test.after + "\n", actual = got + "\n";
          std::string d = unified_diff("example", redact(expected), redact(actual));
          // Label the sides for a reader: expected (a/) vs what the rule did (b/).
          summary.failures.push_back(
              {rule.id, where, "--- expected\n+++ got\n" + d.substr(d.find("@@"))});
        }
      }
      if (test.findings && r.findings.size() != static_cast<size_t>(*test.findings)) {
        summary.failures.push_back(
            {rule.id, where,
             fmt::format("expected {} finding(s), got {}\n", *test.findings, r.findings.size())});
      }
    }
  }
  return summary;
}

}  // namespace holymigrate
