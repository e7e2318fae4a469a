// One printer per output format (docs/behaviour.md §10): the run hands it
// each file's outcome in path order as soon as it is ready (`file()`), then
// the whole report once every file is done (`finish()`). The pipeline never
// asks which format is on; it asks the printer what to compute
// (`wants_diff()`).
#pragma once

#include <cstdio>
#include <memory>

#include "engine/rule_set.h"
#include "model/options.h"
#include "report/progress.h"
#include "report/report.h"
#include "report/report_text.h"

namespace holymigrate {

class Printer {
 public:
  virtual ~Printer() = default;
  // Whether FileReport::diff (the redacted display diff) must be computed.
  virtual bool wants_diff() const { return false; }
  // One file with edits or findings; in path order, one call at a time. May
  // print and clear `f.diff` so that diffs do not stay in memory; the JSON
  // printer renders the file and clears its edits and findings (the
  // summary has counted them).
  virtual void file(FileReport& f) { (void)f; }
  // Everything else, once the run is over (errors already in `report`).
  virtual void finish(const Report& report) = 0;
};

struct PrinterOptions {
  Format format = Format::Text;
  bool quiet = false;                            // -q: text prints findings only
  Colors colors = Colors::Off;                   // text only
  DiffView diff_view = DiffView::Hunks;          // text: the diff, or --stat lines
  SummaryBlock summary = SummaryBlock::Include;  // text: the summary block ends the report
  Progress* progress = nullptr;  // interrupted before a diff is printed; may be null
};

// The printer for `options.format`, writing to `out` (which must outlive it).
// `rules` feed the SARIF rule list and GitHub titles.
std::unique_ptr<Printer> make_printer(const PrinterOptions& options, std::FILE* out,
                                      const RuleSet& rules);

// --color: On for always, Off for never; for auto, On when `out` is a
// terminal and NO_COLOR is unset or empty.
Colors colors_for(ColorChoice choice, std::FILE* out);

// After the report's stdout part: the unreadable files (an error under
// --write, which adds it to report.errors; a warning otherwise), then
// report.warnings and report.errors, one line each on `err`
// ("holymigrate: warning: ..." / "holymigrate: error: ...").
void print_problems(Report& report, std::FILE* err);

}  // namespace holymigrate
