// Action items (docs/behaviour.md §4.4, §4.5, §10): what the user must still do outside
// the tree once the edits are applied — create CI secrets, set deployment
// variables, fix git-ignored env files the tool does not touch. Pure; the
// pipeline collects them per file and finish_actions() (model/action_item.h)
// merges, sorts and deduplicates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/action_item.h"
#include "model/edit.h"

namespace holymigrate {

class RuleSet;

// For one scanned file (`path` as displayed) and the edits kept for it:
//   "create the repository secret K" (secrets.K under .github/)
//   "create the repository variable K" (vars.K under .github/)
//   "provide the secret K" (secrets.K elsewhere, e.g. Continue's config.yaml)
//   "create the CI/CD variable K in GitLab" (.gitlab-ci.yml)
// each referenced in `path`, and "set K in the environments that run this
// code" for every variable an edit introduces ("set A to root(T) in …" for
// the Anthropic base-URL variable, docs/behaviour.md §4.1).
std::vector<ActionItem> edit_actions(std::string_view path, std::string_view text,
                                     const std::vector<Edit>& edits, const RuleSet& rules);

// For a git-ignored env file (read, never rewritten), one item per old
// variable it names: ".env: rename OPENAI_API_KEY to HOLYSHEEP_API_KEY and put
// your HolySheep key there".
std::vector<ActionItem> env_file_actions(std::string_view path, std::string_view text,
                                         const RuleSet& rules);

}  // namespace holymigrate
