// Pass 2 of a run for one file: the scan of pass 1 and the plan's decisions
// -> what the report shows and the new bytes. Pure: values in, a value out;
// the caller reads the file (only when the plan keeps one of its edits) and
// writes `after`.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule_set.h"
#include "engine/scan.h"
#include "migrate/diff.h"
#include "plan/plan.h"
#include "report/report.h"

namespace holymigrate {

// What pass 2 computes besides edits and findings. The run sets these from
// what its printer and flags need; migrate_file never asks for the format.
struct MigrateOptions {
  bool diff = false;   // FileReport::diff, redacted (the text report shows it)
  bool patch = false;  // FileReport::patch, exact (--patch)
};

struct FileOutcome {
  // Edits and findings the plan keeps (positions from pass 1, texts
  // redacted), the diff and patch when asked for, action items.
  FileReport report;
  std::string after;                  // the new bytes; empty when report.edits is empty
  FileMode mode = FileMode::Regular;  // from the stamp of pass 1
};

// `bytes`: the file's content, the same bytes as pass 1 read (the caller
// checks the stamp); may be empty when plan.keeps_edits(scan) is false.
// `patch_path`: the file's name in the patch (patch_base.h: path_in_patch);
// the diff shown names it by scan.file.display, the report's one path base.
// `rules`: the run's rules, for action items (migrate/actions.h).
FileOutcome migrate_file(std::string_view bytes, const FileScan& scan, const Plan& plan,
                         const RuleSet& rules, const MigrateOptions& options,
                         std::string_view patch_path);

}  // namespace holymigrate
