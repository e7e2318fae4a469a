// A rule as written in a rule file (docs/behaviour.md §9), before compilation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/edit.h"

namespace holymigrate {

struct RuleTest {
  std::string before;
  std::optional<std::string> after;  // edit rules
  std::optional<int> findings;       // report rules: findings expected
  int line = 0;                      // where [[rule.test]] starts
};

// What a rule does (docs/behaviour.md §9). Its name in rule files, its
// matcher and its description: one row each in engine/rule_kinds.h.
enum class RuleKind { Pattern, Endpoint, EnvRename, Secret, Client, ModelMap };

struct Rule {
  std::string id;
  std::string message;  // may contain {match}: the matched text, redacted
  RuleKind kind = RuleKind::Pattern;
  Severity severity = Severity::Edit;
  std::vector<std::string> files;  // gitignore-style globs; empty: every file read
  std::string pattern;             // kind = pattern
  std::optional<std::string> replace;
  std::map<std::string, std::string> params;  // built-in kinds: from, to, detect
  // From the config's [rules.ID] (docs/behaviour.md §8): globs relative to
  // PATH. A file an exclude matches, or (when there are includes) that no
  // include matches, is not scanned by this rule. Rule examples ignore them.
  std::vector<std::string> path_include, path_exclude;
  std::vector<RuleTest> tests;
  std::string file;  // where it was loaded from
  int line = 0;
};

}  // namespace holymigrate
