// The pipeline (docs/ARCHITECTURE.md): discover -> read -> scan -> apply ->
// report / write. Returns the process exit code (docs/behaviour.md §1).
#pragma once

#include <cstdio>

#include "engine/rule_set.h"
#include "model/options.h"
#include "report/report.h"
#include "run/pipeline.h"

namespace holymigrate {

// The rules a run uses: config rules ([env], [models]), the built-ins unless
// --no-default-rules, --rules files; then --only / --skip. Throws Error for
// a file that cannot be loaded or an unknown id (with a suggestion).
std::vector<Rule> rules_in_use(const Options& options);

// Loads rules, builds the report, prints it in the chosen format.
int run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace holymigrate
