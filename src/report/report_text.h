// The default output (docs/behaviour.md §10): the diff (coloured on a
// terminal) or, under --stat, one line per file with its edit count; then the
// findings, identical ones grouped; then the summary, the action items and,
// under --check, one verdict line.
#pragma once

#include <cstdio>
#include <string>

#include "report/report.h"

namespace holymigrate {

enum class Colors { Off, On };

// Whether the diff section was already written as the files came in (run.cpp
// streams it), so only findings and summary remain, spaced as if it were not.
// `Stat`: one line per file instead of the diff (--stat).
enum class DiffSection { InReport, Written, None, Stat };

// Whether the summary block (summary, action items, verdict) ends the report.
enum class SummaryBlock { Include, Omit };

void write_text_report(const Report& report, Colors colors, std::FILE* out,
                       DiffSection diffs = DiffSection::InReport,
                       SummaryBlock summary = SummaryBlock::Include);

// Colours a patch for a terminal: headers bold, hunks cyan, -/+ red/green.
// A run of n removed lines followed by n added lines pairs them up, and the
// changed part of each (what lies between their common prefix and suffix,
// on UTF-8 character boundaries) is shown in inverse video, as git's
// contrib/diff-highlight does (docs/behaviour.md §10).
std::string colorize_diff(std::string_view patch);

// The summary block: summary, action items (phrased for the mode: "after
// migrating, …" when nothing was written) and, under --check, the verdict.
// Also the body of --commit's message.
std::string text_summary(const Report& report);

// --check's last line: "check passed", or "check failed: 43 pending edits in
// 12 files, 1 error finding" (warning findings too under --fail-on warning;
// run errors counted last). Empty outside --check.
std::string check_verdict(const Report& report);

// The folder a default-excluded file is listed under in the text report:
// the skipped folder for an include `F/**` (`third_party/`, `libs/vendor/`),
// else the file's own folder (`docs/`, `./` at the top). `display` is the
// file's path as reported; `include` its Skipped::include.
std::string skip_group(std::string_view display, std::string_view include);

// The summary's lines for default-excluded files that hold edits or
// findings (docs/behaviour.md §2): one per folder, with its counts and the
// `--include` that brings them back; empty when there are none.
std::string skipped_by_default_text(const Report& report);

// The summary's lines naming the files skipped as larger than
// --max-filesize (never read, so never migrated): the first ten in path
// order, then a count of the rest; empty when there are none. Binary files
// stay a count (JSON names each): they are never migrated anyway.
std::string too_large_text(const Report& report);

// --stat: one line per file with edits, "path | N edits", aligned, then a
// total line. Empty when no file has edits.
std::string stat_text(const Report& report);

// Findings, in path order; findings with the same rule, severity and message
// in more than one place are one group: "severity[rule] ×N: message" and the
// first three locations (`--format json` lists every one); error findings
// list every location.
std::string findings_text(const Report& report);

// Where the summary block goes (§10: it always reaches the terminal unless
// -q). In the report itself when the report is text; on stderr as well when
// the report is a machine format, goes to --output, or stdout is not a
// terminal while stderr is one (`> /dev/null`, `| less`).
struct SummaryPlaces {
  bool in_report = false;
  bool on_stderr = false;
};
SummaryPlaces summary_places(Format format, bool quiet, bool to_output_file, bool stdout_is_tty,
                             bool stderr_is_tty);

}  // namespace holymigrate
