// --format json (docs/behaviour.md §10): one document; documented in docs/reference.md ("JSON
// output").
#pragma once

#include <cstdio>
#include <string>

#include "report/report.h"

namespace holymigrate {

// One document: version, mode, summary, files (each edit and finding with
// its start and end line, byte columns and UTF-16 columns, so that
// merge-reports can print SARIF from it), skipped, actions, errors.
// Two-space indentation, bytes that are not UTF-8 replaced by U+FFFD.
std::string json_report(const Report& report);

// The same document written as the run goes: file() renders one file's
// entry as soon as the file is done (the run can then let go of its edits
// and findings), finish() writes the document to `out` with those entries
// in the order file() saw them and everything else from `report`, whose
// `files` it does not read. The bytes equal json_report() of a report with
// those files. Rendered entries wait in memory up to 1 MiB, then in an
// unnamed temporary file (tmpfile(3); memory when none can be made), so a
// report of a million edits does not hold them all (docs/performance.md).
class JsonReportWriter {
 public:
  JsonReportWriter() = default;
  ~JsonReportWriter();
  JsonReportWriter(const JsonReportWriter&) = delete;
  JsonReportWriter& operator=(const JsonReportWriter&) = delete;

  void file(const FileReport& f);
  // Throws (fmt::system_error, std::runtime_error) when `out` cannot be
  // written or the temporary file not read back.
  void finish(const Report& report, std::FILE* out);

 private:
  void spill();
  std::string read_back();      // the spool's bytes
  std::string held_;            // entries not in the spool, ",\n"-separated
  std::FILE* spool_ = nullptr;  // entries before held_, once they grew past 1 MiB
  size_t spooled_ = 0;          // bytes in spool_, all written
  bool spool_broken_ = false;   // a spill failed: the rest stays in memory
  bool any_ = false;            // at least one entry
};

// "dry-run", "check", "write", "commit": the document's "mode".
const char* mode_name(Mode mode);

}  // namespace holymigrate
