// The pipeline (docs/ARCHITECTURE.md): discover -> read -> scan -> apply ->
// report / write. Returns the process exit code (SPEC §1).
#pragma once

#include <cstdio>

#include "options.h"
#include "report.h"
#include "rule_set.h"

namespace holymigrate {

// Scans (and under --write, writes) everything Options names; fills a Report.
// Throws Error for what stops a run before any file is touched.
Report build_report(const Options& options, const RuleSet& rules);

// The exit code a report earns in its mode (SPEC §1).
int exit_code(const Report& report);

// Loads rules, builds the report, prints it in the chosen format.
int run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace holymigrate
