#include "cli/merge_reports_command.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "engine/rule_choice.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "report/merge_reports.h"
#include "report/report_json.h"
#include "report/report_sarif.h"
#include "util/error.h"

namespace holymigrate {

int merge_reports_command(const std::vector<std::string>& reports, const Options& options,
                          std::FILE* out) {
  if (options.format != Format::Json && options.format != Format::Sarif)
    throw Error("merge-reports: --format must be json or sarif (the merged report goes to stdout)");
  std::vector<Report> read;
  std::vector<std::string> errors;
  for (const std::string& path : reports) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors.push_back(
          fmt::format("{}: cannot be read; pass the JSON reports of the shard jobs", path));
      continue;
    }
    std::stringstream text;
    text << in.rdbuf();
    Expected<Report> r = report_from_json(text.str(), path);
    if (r)
      read.push_back(std::move(r.value()));
    else
      errors.push_back(r.error());
  }
  if (!errors.empty()) throw Error(join_errors(errors));
  Report merged = merge_reports(std::move(read));
  if (options.format == Format::Json) {
    fmt::print(out, "{}", json_report(merged));
  } else {
    RuleSet rules(rules_in_use(options), options.target);
    fmt::print(out, "{}", sarif_report(merged, rules));
  }
  return 0;
}

}  // namespace holymigrate
