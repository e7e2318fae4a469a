// An action item (docs/behaviour.md §4.4, §4.5, §10): something the user must
// still do outside the tree, e.g. create a CI secret. migrate/actions.h makes
// them from edits; plan/plan.h may add more.
#pragma once

#include <string>
#include <vector>

namespace holymigrate {

struct ActionItem {
  std::string text;           // "create the repository secret HOLYSHEEP_API_KEY"
  std::string referenced_in;  // a path, or empty
};

// One line per distinct text, sorted; the files that reference it are
// listed after it: "… (referenced in a.yml, b.yml and 3 more files)".
std::vector<std::string> finish_actions(const std::vector<ActionItem>& items);

}  // namespace holymigrate
