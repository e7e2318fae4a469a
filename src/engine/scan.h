// Pass 1 of a run (docs/ARCHITECTURE.md): one file's bytes -> what the rules
// found in it, with no file bytes kept. Runs on worker threads, one file at a
// time; every FileScan of the run then goes to plan() (plan/plan.h), and only
// the files the plan edits are read again by migrate_file()
// (migrate/migrate_file.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "discover/discover.h"
#include "engine/rule_set.h"
#include "engine/yaml_regions.h"
#include "io/file_io.h"
#include "model/edit.h"
#include "model/facts.h"
#include "model/positions.h"

namespace holymigrate {

// An edit a rule proposes; the plan decides whether it is made.
struct CandidateEdit {
  Edit edit;            // byte offsets into the file as read in pass 1
  Position begin, end;  // end is one past the last byte
  // In a YAML file pass 1 parsed: where the edit lies (engine/yaml_regions.h).
  YamlSpot spot = YamlSpot::Unknown;
};

// A finding with what the report needs, so that a file with findings only is
// never read again.
struct ScanFinding {
  Finding finding;
  Position begin, end;
  std::string snippet;  // the matched bytes, NOT redacted (the report redacts)
};

struct FileScan {
  size_t index = 0;  // the file's place in the run's file list (path order)
  FileRef file;
  FileStamp stamp;                   // as read in pass 1; pass 2 refuses a file whose stamp changed
  std::vector<CandidateEdit> edits;  // sorted by offset, non-overlapping
  std::vector<ScanFinding> findings;  // sorted by offset
  Facts facts;
  // Set when the file could not be scanned although it was listed (it was
  // removed or renamed meanwhile): one report line, "<path>: <what>; <do>".
  std::string error;
  // Nothing found: the run keeps no FileScan for such a file.
  bool empty() const { return edits.empty() && findings.empty() && facts.empty() && error.empty(); }
};

// Runs the rules on `bytes`, the whole content of `file` (selected by its
// `rel` path, or `display` when rel is empty), and fills edits, findings and
// facts; `index` and `stamp` are left for the caller. Pure: reads nothing
// else, keeps no reference to `bytes`.
FileScan scan(std::string_view bytes, const FileRef& file, const RuleSet& rules);

}  // namespace holymigrate
