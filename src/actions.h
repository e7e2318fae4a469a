// Action items (SPEC §4.4, §4.5, §10): what the user must still do outside
// the tree once the edits are applied — create CI secrets, set deployment
// variables, fix git-ignored env files the tool does not touch. Pure; run.cpp
// collects them per file and finish_actions() sorts and deduplicates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "edit.h"
#include "rule_set.h"

namespace holymigrate {

// For one scanned file (`path` as displayed) and the edits kept for it:
//   "create the repository secret K (referenced in .github/workflows/ci.yml)"
//   "create the repository variable K (referenced in …)"          (vars.X)
//   "create the CI/CD variable K in GitLab (referenced in .gitlab-ci.yml)"
//   "set K in the environments that run this code"
std::vector<std::string> edit_actions(std::string_view path, std::string_view text,
                                      const std::vector<Edit>& edits, const RuleSet& rules);

// For a git-ignored env file (read, never rewritten), one item per old
// variable it names: ".env: rename OPENAI_API_KEY to HOLYSHEEP_API_KEY and put
// your HolySheep key there".
std::vector<std::string> env_file_actions(std::string_view path, std::string_view text,
                                          const RuleSet& rules);

// Sorted, without duplicates.
void finish_actions(std::vector<std::string>& actions);

}  // namespace holymigrate
