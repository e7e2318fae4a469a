// --format json (docs/behaviour.md §10): one document; documented in docs/reference.md ("JSON
// output").
#pragma once

#include <string>

#include "report/report.h"

namespace holymigrate {

// One document: version, mode, summary, files (each edit and finding with
// its start and end line, byte columns and UTF-16 columns, so that
// merge-reports can print SARIF from it), skipped, actions, errors.
std::string json_report(const Report& report);

// "dry-run", "check", "write", "commit": the document's "mode".
const char* mode_name(Mode mode);

}  // namespace holymigrate
