// The pipeline (docs/ARCHITECTURE.md): discover -> read -> scan -> apply ->
// report / write. Returns the process exit code (docs/behaviour.md §1).
#pragma once

#include <cstdio>

#include "model/options.h"

namespace holymigrate {

// Loads rules, builds the report, prints it in the chosen format.
int run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace holymigrate
