// The pipeline of a run (docs/ARCHITECTURE.md), on a Workspace:
//   list -> pass 1 scan (parallel) -> plan -> pass 2 migrate_file (parallel,
//   folded in path order) -> write (under --write; staged under --commit)
// and the Report every printer reads. No printing here: each file goes to
// the sink as it is ready.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "discover/discover.h"
#include "engine/rule_set.h"
#include "io/workspace.h"
#include "model/options.h"
#include "plan/plan.h"
#include "report/progress.h"
#include "report/report.h"

namespace holymigrate {

// Receives each file with edits or findings as soon as it and every file
// before it are done: in path order, one call at a time (from any worker
// thread). It may print and clear the file's `diff` and `patch` so that they
// do not stay in memory until the end of the run.
using FileSink = std::function<void(FileReport&)>;

// What the pipeline needs of a run's options.
struct PipelineOptions {
  Mode mode = Mode::DryRun;
  FailOn fail_on = FailOn::Error;
  unsigned threads = 0;      // 0: one per available core
  DiscoverOptions discover;  // PATHs, --include / --exclude, ignore files
  uint64_t max_filesize = 16ull << 20;
  bool patch = false;                         // --patch: FileReport::patch is computed
  std::optional<std::string> baseline_file;   // --baseline (docs/behaviour.md §5.5)
  std::vector<std::string> never_input;       // the run's own files: patch, report, baseline,
                                              // config and rule files (docs/behaviour.md §8)
  unsigned shard_index = 1, shard_count = 1;  // --shard K/N (docs/behaviour.md §12)
  HardLinks hard_links = HardLinks::Refuse;   // --break-hardlinks (docs/behaviour.md §6)
  // -i/--interactive (run/review.h): called once, after the plan and before
  // pass 2, with the scans pass 2 migrates; drops from the plan the edits the
  // reviewer refused. Empty: every kept edit is made.
  std::function<void(const std::vector<FileScan>&, Plan&)> review;
};
PipelineOptions pipeline_options(const Options& options);

// Lists, scans, plans and migrates everything `options` names through `ws`;
// writes through it under --write and --commit. `diffs`: whether
// FileReport::diff is computed (Printer::wants_diff()). Throws Error for what
// stops a run before any file is touched.
Report build_report(Workspace& ws, const PipelineOptions& options, const RuleSet& rules, bool diffs,
                    const FileSink& sink = {}, Progress* progress = nullptr);

// Why a file with `links` hard links (more than one) is not written without
// --break-hardlinks (docs/behaviour.md §6): replacing it by rename would give
// this name a new file and leave the old content under the other names.
// "<display>: hard-linked (N names for one file); <outcome>, so …", where
// `outcome` says what was not done ("not written").
std::string hard_link_refusal(std::string_view display, uint64_t links, std::string_view outcome);

// The exit code a report earns in its mode (docs/behaviour.md §1).
int exit_code(const Report& report);

}  // namespace holymigrate
