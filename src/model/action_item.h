// An action item (docs/behaviour.md §4.4, §4.5, §10): something the user must
// still do outside the tree, e.g. create a CI secret. migrate/actions.h makes
// them from edits; plan/plan.h may add more.
#pragma once

#include <string>

namespace holymigrate {

struct ActionItem {
  std::string text;           // "create the repository secret HOLYSHEEP_API_KEY"
  std::string referenced_in;  // a path, or empty
};

}  // namespace holymigrate
