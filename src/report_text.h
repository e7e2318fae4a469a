// The default output (SPEC §10): the diff (coloured on a terminal), then
// findings as `path:line:col: severity[rule]: message`, then the summary.
#pragma once

#include <cstdio>

#include "report.h"

namespace holymigrate {

enum class Colors { Off, On };

void write_text_report(const Report& report, Colors colors, std::FILE* out);
// The summary block alone (also used for commit messages and stderr).
std::string text_summary(const Report& report);

}  // namespace holymigrate
