// `holymigrate rules test` (docs/behaviour.md §9): runs every rule's [[rule.test]]
// examples on their `before` text, whatever the rule's `files` say.
#pragma once

#include <string>
#include <vector>

#include "model/rule.h"

namespace holymigrate {

struct RuleTestFailure {
  std::string rule;
  std::string where;   // "file:line"
  std::string report;  // what differed: a diff of expected vs got, or counts
};

struct RuleTestSummary {
  size_t rules = 0;
  size_t examples = 0;
  std::vector<RuleTestFailure> failures;
};

// Runs with the default target, so examples can spell the target out.
RuleTestSummary run_rule_tests(const std::vector<Rule>& rules);

}  // namespace holymigrate
