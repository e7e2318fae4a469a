// What a run found, in the shape every output format reads (docs/behaviour.md §10).
// Texts here are already redacted (docs/behaviour.md §5.3): formats print them as they are.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "discover/discover.h"
#include "model/action_item.h"
#include "model/edit.h"
#include "model/options.h"
#include "model/positions.h"

namespace holymigrate {

struct EditReport {
  std::string rule;
  Position begin, end;      // end is one past the last byte
  std::string before;       // the replaced text (redacted)
  std::string after;        // the replacement (redacted)
  std::string fingerprint;  // report/fingerprint.h
};

struct FindingReport {
  std::string rule;
  Severity severity = Severity::Warning;
  Position begin, end;
  std::string message;      // redacted
  std::string snippet;      // the matched text (redacted)
  std::string fingerprint;  // report/fingerprint.h (of the exact text)
};

struct FileReport {
  std::string path;  // relative to cwd, '/' separators
  std::vector<EditReport> edits;
  std::vector<FindingReport> findings;
  std::string diff;         // redacted, for display
  std::string patch;        // exact, only when --patch was asked for
  std::string write_error;  // set when --write failed for this file
  // "utf-16le" / "utf-16be" for a UTF-16 file (read as UTF-8, written back
  // in it: docs/behaviour.md §2); empty for UTF-8 and other bytes.
  std::string encoding;
  std::vector<ActionItem> actions;  // action items its edits call for (migrate/actions.h)
};

struct Summary {
  size_t files_read = 0;
  size_t files_changed = 0;  // with edits (written, under --write)
  std::map<std::string, size_t> edits_by_rule;
  std::map<std::string, size_t> findings_by_severity;  // "error", "warning", "info"
  std::map<std::string, size_t> skipped_by_reason;
  double elapsed_seconds = 0;
  std::vector<std::string> actions;  // action items (docs/behaviour.md §4.4, §4.5, §5)
  // The same before they were grouped (finish_actions): what merge-reports
  // merges across the reports of shards (docs/behaviour.md §12).
  std::vector<ActionItem> action_items;
  size_t baselined = 0;  // findings hidden by --baseline (not in findings_by_severity)
  size_t edits() const;
  size_t findings() const;
  size_t skipped() const;
};

struct CommitReport {
  std::string id;        // full hex id
  std::string short_id;  // abbreviated as git does
  std::string branch;
};

struct Report {
  Mode mode = Mode::DryRun;
  FailOn fail_on = FailOn::Error;       // --check: which findings fail the run
  std::vector<FileReport> files;        // only files with edits or findings, sorted by path
  std::vector<Skipped> skipped;         // sorted by path
  std::vector<std::string> errors;      // write failures etc., one line each
  std::optional<CommitReport> commit;   // --commit: the commit made (none without edits)
  std::vector<std::string> warnings;    // e.g. leftover temporary files; one line each
  std::optional<std::string> baseline;  // --baseline FILE in use
  Summary summary;
};

}  // namespace holymigrate
