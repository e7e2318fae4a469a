// `--commit` around the scan (docs/behaviour.md §7). Before anything is read: the
// repository, HEAD, --branch and the identity are checked. After the scan:
// files with uncommitted changes are refused, then the edits are written
// (through the StagedWorkspace) and committed — on a refusal nothing is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "git/git_repo.h"
#include "io/workspace.h"
#include "model/options.h"
#include "report/report.h"

namespace holymigrate {

// What the commit code needs of a run's options.
struct CommitOptions {
  std::vector<std::string> paths;               // the run's PATHs; empty means "."
  std::optional<std::string> branch;            // --branch NAME
  std::optional<std::string> message;           // -m: replaces the first line
  DirtyFiles dirty_files = DirtyFiles::Refuse;  // --allow-dirty
  std::string target_host;                      // "api.holysheep.ai": the default first line
  HardLinks hard_links = HardLinks::Refuse;     // --break-hardlinks (docs/behaviour.md §6)
};
CommitOptions commit_options(const Options& options);

struct CommitPlan {
  GitRepo repo;
  Identity who;
  CommitOptions options;
};

// Throws Error when the run could not end in a commit (not a work tree, a
// PATH outside it, HEAD detached or unborn, an operation in progress, a bad
// or existing --branch, no identity).
CommitPlan prepare_commit(CommitOptions options);

// Writes the files `staged` holds (the run's edits) and commits them; sets
// report.commit (left empty when there is no edit). Throws Error, before
// writing anything, when an edited file has uncommitted changes (unless
// --allow-dirty) or changed since it was read.
void commit_edits(CommitPlan& plan, StagedWorkspace& staged, Report& report);

// "Migrate LLM endpoints to <host>" (or -m), a blank line, the summary.
std::string commit_message(const Report& report, const CommitOptions& options);

}  // namespace holymigrate
