// `holymigrate merge-reports A.json B.json … [--format json|sarif]`
// (docs/behaviour.md §12): the JSON reports of `--shard K/N` jobs, merged
// and printed on stdout as one JSON or SARIF report.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "model/options.h"

namespace holymigrate {

// Reads every file of `reports` (paths of `--format json` documents) and
// prints the merged report in options.format (JSON or SARIF; SARIF names
// the rules in use, as a run with these options would) on `out`. Returns 0.
// Throws Error for an unreadable or foreign file, or another format.
int merge_reports_command(const std::vector<std::string>& reports, const Options& options,
                          std::FILE* out);

}  // namespace holymigrate
