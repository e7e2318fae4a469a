// `--commit` around the scan (docs/behaviour.md §7). Before anything is read: the
// repository, HEAD, --branch and the identity are checked. After the scan:
// files with uncommitted changes are refused, then the edits are written
// (through the StagedWorkspace) and committed — on a refusal nothing is written.
#pragma once

#include <string>

#include "git/git_repo.h"
#include "io/workspace.h"
#include "model/options.h"
#include "report/report.h"

namespace holymigrate {

struct CommitPlan {
  GitRepo repo;
  Identity who;
};

// Throws Error when the run could not end in a commit (not a work tree, a
// PATH outside it, HEAD detached or unborn, an operation in progress, a bad
// or existing --branch, no identity).
CommitPlan prepare_commit(const Options& options);

// Writes the files `staged` holds (the run's edits) and commits them; sets
// report.commit (left empty when there is no edit). Throws Error, before
// writing anything, when an edited file has uncommitted changes (unless
// --allow-dirty) or changed since it was read.
void commit_edits(CommitPlan& plan, StagedWorkspace& staged, Report& report,
                  const Options& options);

// "Migrate LLM endpoints to <host>" (or -m), a blank line, the summary.
std::string commit_message(const Report& report, const Options& options);

}  // namespace holymigrate
