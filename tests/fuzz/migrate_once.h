// For the fuzz targets: one file through the product's pure pipeline, as a
// run sees a project of that one file (engine/scan.h pass 1, plan/plan.h,
// migrate/migrate_file.h pass 2), so idempotence is checked on what a run
// writes, with the plan's decisions (docs/behaviour.md §6, §11), not on the
// rules' raw candidate edits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/rule_set.h"
#include "engine/scan.h"
#include "migrate/migrate_file.h"
#include "plan/plan.h"

namespace holymigrate::fuzz {

struct Migrated {
  size_t edits = 0;   // edits the plan kept
  std::string after;  // the new bytes (== the input when edits == 0)
};

// `path`: the file's name relative to the project ("" for no name).
inline Migrated migrate_once(std::string_view text, std::string_view path, const RuleSet& rules) {
  FileRef ref;
  ref.display = std::string(path);
  ref.rel = std::string(path);
  std::vector<FileScan> scans;
  scans.push_back(scan(text, ref, rules));
  Plan p = plan(scans, plan_options(rules));
  if (!p.keeps_edits(scans[0])) return {0, std::string(text)};
  FileOutcome out = migrate_file(text, scans[0], p, rules, MigrateOptions{}, path);
  if (out.report.edits.empty()) return {0, std::string(text)};
  return {out.report.edits.size(), std::move(out.after)};
}

}  // namespace holymigrate::fuzz
