// Helpers for matcher tests: the built-in rules, compiled once, applied to a
// line of text.
#pragma once

#include <string>

#include "engine/rule_file.h"
#include "engine/rule_set.h"

namespace holymigrate::testing {

inline const RuleSet& builtin_rules() {
  static const RuleSet rules(load_rules(true, {}), Target{});
  return rules;
}

// The text after every edit the built-in rules make.
inline std::string migrate(const std::string& text) {
  return apply_edits(text, builtin_rules().scan(text, "").edits);
}

// Rule ids of the findings, space-separated, in order.
inline std::string finding_rules(const std::string& text) {
  std::string out;
  for (const Finding& f : builtin_rules().scan(text, "").findings) {
    if (!out.empty()) out += ' ';
    out += f.rule;
  }
  return out;
}

}  // namespace holymigrate::testing
