// Which rules a run uses (docs/behaviour.md §8, §9): the config's [env] and
// [models] rules, the built-ins unless --no-default-rules, the --rules files;
// then the config's [rules.ID] settings and --only / --skip.
#pragma once

#include <vector>

#include "model/options.h"
#include "model/rule.h"

namespace holymigrate {

// The rules a run uses, in load order. Throws Error (one line per problem)
// for a rule file that cannot be loaded, an unknown id in --only, --skip or
// a [rules.ID] table (with a suggestion), or a severity that would turn an
// edit rule into a report rule or back.
std::vector<Rule> rules_in_use(const Options& options);

}  // namespace holymigrate
