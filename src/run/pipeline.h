// The pipeline of a run (docs/ARCHITECTURE.md), on a Workspace:
//   list -> pass 1 scan (parallel) -> plan -> pass 2 migrate_file (parallel,
//   folded in path order) -> write (under --write; staged under --commit)
// and the Report every printer reads. No printing here: each file goes to
// the sink as it is ready.
#pragma once

#include <functional>

#include "engine/rule_set.h"
#include "io/workspace.h"
#include "model/options.h"
#include "report/progress.h"
#include "report/report.h"

namespace holymigrate {

// Receives each file with edits or findings as soon as it and every file
// before it are done: in path order, one call at a time (from any worker
// thread). It may print and clear the file's `diff` and `patch` so that they
// do not stay in memory until the end of the run.
using FileSink = std::function<void(FileReport&)>;

// Lists, scans, plans and migrates everything Options names through `ws`;
// writes through it under --write and --commit. `diffs`: whether
// FileReport::diff is computed (Printer::wants_diff()). Throws Error for what
// stops a run before any file is touched.
Report build_report(Workspace& ws, const Options& options, const RuleSet& rules, bool diffs,
                    const FileSink& sink = {}, Progress* progress = nullptr);

// The exit code a report earns in its mode (docs/behaviour.md §1).
int exit_code(const Report& report);

}  // namespace holymigrate
