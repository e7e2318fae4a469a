// `holymigrate rules list` and `holymigrate rules explain ID` (docs/behaviour.md §9):
// what the rules in use are, one line each or one rule in full.
#pragma once

#include <string>
#include <vector>

#include "model/rule.h"
#include "model/target.h"

namespace holymigrate {

// One line per rule: id, kind, severity, file globs ("*" for every file),
// in columns.
std::string rules_list_text(const std::vector<Rule>& rules);
// A JSON array: {id, kind, severity, files, message, defined_at}.
std::string rules_list_json(const std::vector<Rule>& rules);

// The rule `id` in full: message (with the target filled in), where it is
// defined, its parameters, and its examples as before/after. Throws Error
// for an unknown id, with a suggestion.
std::string explain_rule(const std::vector<Rule>& rules, const std::string& id,
                         const Target& target);

}  // namespace holymigrate
