// `holymigrate merge-reports A.json B.json …` (docs/behaviour.md §12): the
// JSON reports of `--shard K/N` jobs read back and merged into one Report,
// which the JSON or SARIF printer then prints as if one run had made it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"
#include "util/error.h"

namespace holymigrate {

// One `--format json` document -> Report (files with their edits and
// findings, skipped files, summary counts, actions, errors, mode). Fails with
// "<path>: not a holymigrate JSON report (<what>); make it with --format json"
// on anything else.
Expected<Report> report_from_json(std::string_view text, std::string_view path);

// Files sorted by path (a path in two reports is kept once, from the first
// report: shards never share one), skipped files sorted, summary counts
// summed, elapsed the longest, action items grouped again over all reports
// (as one run groups them), errors in order without repeats.
// The mode is the first report's.
Report merge_reports(std::vector<Report> reports);

}  // namespace holymigrate
