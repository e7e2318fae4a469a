// The pipeline (docs/ARCHITECTURE.md): discover -> read -> scan -> apply ->
// report / write. Returns the process exit code (SPEC §1).
#pragma once

#include <cstdio>
#include <functional>

#include "model/options.h"
#include "report/report.h"
#include "engine/rule_set.h"

namespace holymigrate {

// Receives each file with edits or findings as soon as it and every file
// before it are done: in path order, one call at a time (from any worker
// thread). It may print and clear the file's `diff` and `patch` so that they
// do not stay in memory until the end of the run.
using FileSink = std::function<void(FileReport&)>;

// Scans (and under --write, writes) everything Options names; fills a Report.
// Throws Error for what stops a run before any file is touched.
class Progress;
// `diffs`: whether FileReport::diff is computed (Printer::wants_diff()).
Report build_report(const Options& options, const RuleSet& rules, bool diffs,
                    const FileSink& sink = {}, Progress* progress = nullptr);

// The exit code a report earns in its mode (SPEC §1).
int exit_code(const Report& report);

// The rules a run uses: config rules ([env], [models]), the built-ins unless
// --no-default-rules, --rules files; then --only / --skip. Throws Error for
// a file that cannot be loaded or an unknown id (with a suggestion).
std::vector<Rule> rules_in_use(const Options& options);

// Loads rules, builds the report, prints it in the chosen format.
int run(const Options& options, std::FILE* out, std::FILE* err);

}  // namespace holymigrate
