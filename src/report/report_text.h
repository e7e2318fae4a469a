// The default output (SPEC §10): the diff (coloured on a terminal), then
// findings as `path:line:col: severity[rule]: message`, then the summary.
#pragma once

#include <cstdio>

#include "report/report.h"

namespace holymigrate {

enum class Colors { Off, On };

// Whether the diff section was already written as the files came in (run.cpp
// streams it), so only findings and summary remain, spaced as if it were not.
enum class DiffSection { InReport, Written, None };

void write_text_report(const Report& report, Colors colors, std::FILE* out,
                       DiffSection diffs = DiffSection::InReport);
// The summary block alone (also used for commit messages and stderr).
std::string text_summary(const Report& report);

}  // namespace holymigrate
