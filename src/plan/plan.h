// The planning pass (docs/behaviour.md §11): the one place that sees every
// file of the run before anything is written. Takes the FileScan of every
// file that had anything (engine/scan.h) and decides which candidate edits
// are made, which findings are reported and how severe, and what is added.
// Pure: values in, a value out; it reads no file.
//
// In this version plan() keeps everything as scanned. The Plan it returns
// can already say, per file (named by FileScan::index):
//   drop_edit       an edit is not made      ("do not rename X anywhere")
//   drop_finding    a finding is not reported
//   set_severity    a finding's severity     ("this finding becomes error")
//   add_finding     a new finding            ("external-env at file:offset")
//   add_action      a new action item
// and migrate_file() (migrate/migrate_file.h) applies exactly that.
#pragma once

#include <cstddef>
#include <map>
#include <vector>

#include "engine/scan.h"
#include "model/action_item.h"
#include "model/edit.h"

namespace holymigrate {

// What plan() needs beyond the scans. Empty for now: the planning rules that
// need options (e.g. the target) add their fields here, not a whole Options.
struct PlanOptions {};

// The decisions about one file. Indexes are into that file's
// FileScan::edits and FileScan::findings.
struct FilePlan {
  std::vector<size_t> dropped_edits;        // sorted, unique
  std::vector<size_t> dropped_findings;     // sorted, unique
  std::map<size_t, Severity> severity;      // finding index -> its new severity
  std::vector<ScanFinding> added_findings;  // reported with the file's own, by offset
  std::vector<ActionItem> added_actions;
  bool keeps_edit(size_t edit) const;
  bool keeps_finding(size_t finding) const;
};

class Plan {
 public:
  // `file` is FileScan::index of a scan passed to plan(). Out-of-range edit
  // and finding indexes are the caller's bug (asserted in debug builds).
  void drop_edit(size_t file, size_t edit);
  void drop_finding(size_t file, size_t finding);
  void set_severity(size_t file, size_t finding, Severity severity);
  // The finding's begin/end offsets and positions must be in that file as
  // scanned (take them from its Facts, edits or findings).
  void add_finding(size_t file, ScanFinding finding);
  void add_action(size_t file, ActionItem action);

  // The decisions about one file; an empty FilePlan when there are none.
  const FilePlan& file(size_t index) const;
  // Whether at least one edit of `scan` is kept: only then does pass 2 read
  // the file again.
  bool keeps_edits(const FileScan& scan) const;

 private:
  std::map<size_t, FilePlan> files_;
};

// `scans` in path order (by FileScan::index). In this version: keeps every
// edit and finding as scanned.
Plan plan(const std::vector<FileScan>& scans, const PlanOptions& options);

}  // namespace holymigrate
