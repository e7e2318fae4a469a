// Rule files (docs/behaviour.md §9): TOML text -> Rule values. Every problem is reported
// as `file:line:col: what is wrong`, all of them, not only the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/rule.h"

namespace holymigrate {

struct RuleFileResult {
  std::vector<Rule> rules;
  std::vector<std::string> errors;  // "file:line:col: message"
};

// Parses one rule file's text; `name` is used in messages and Rule::file.
RuleFileResult parse_rule_file(std::string_view text, const std::string& name);

// Loads `first` (rules made elsewhere, e.g. by the config), the built-in
// rules, then each path (a .toml file or a folder of them). Throws Error
// listing every problem (one per line) if any is bad, including duplicate
// ids across files.
std::vector<Rule> load_rules(bool builtin, const std::vector<std::string>& paths,
                             std::vector<Rule> first = {});

}  // namespace holymigrate
