#include "engine/rule_choice.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/rule_file.h"
#include "util/error.h"
#include "util/suggest.h"

namespace holymigrate {

namespace {

std::vector<Rule> select_rules(std::vector<Rule> rules, const Options& options) {
  std::vector<std::string> ids;
  for (const Rule& r : rules) ids.push_back(r.id);
  std::vector<std::string> unknown;
  for (const auto& [list, flag] :
       {std::pair{&options.only, "--only"}, std::pair{&options.skip, "--skip"}}) {
    for (const std::string& id : *list) {
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      auto origin = options.skip_origins.find(id);
      std::string where = list == &options.skip && origin != options.skip_origins.end()
                              ? origin->second + ": skip"
                              : std::string(flag);
      unknown.push_back(
          fmt::format("{}: unknown rule id \"{}\"{}; `holymigrate rules list` shows them", where,
                      id, did_you_mean(id, ids)));
    }
  }
  if (!unknown.empty()) throw Error(join_errors(unknown));
  std::erase_if(rules, [&](const Rule& r) {
    auto has = [&](const std::vector<std::string>& v) {
      return std::find(v.begin(), v.end(), r.id) != v.end();
    };
    return (!options.only.empty() && !has(options.only)) || has(options.skip);
  });
  return rules;
}

// The config's [rules.ID] tables (docs/behaviour.md §8): every id must name
// a loaded rule; a severity may move a report rule between error, warning
// and info, never make an edit rule a report rule or back.
std::vector<Rule> with_settings(std::vector<Rule> rules, const Options& options) {
  std::vector<std::string> ids, errors;
  for (const Rule& r : rules) ids.push_back(r.id);
  for (const auto& entry : options.rule_settings) {
    // Named, not a structured binding: clang 14 (the fuzz build) cannot
    // capture one in a lambda.
    const std::string& id = entry.first;
    const RuleSettings& s = entry.second;
    auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
    if (it == rules.end()) {
      errors.push_back(
          fmt::format("{}: [rules.{}]: unknown rule id \"{}\"{}; `holymigrate rules "
                      "list` shows them",
                      s.where, id, id, did_you_mean(id, ids)));
      continue;
    }
    if (s.severity && (*s.severity == Severity::Edit) != (it->severity == Severity::Edit)) {
      errors.push_back(fmt::format(
          "{}: [rules.{}]: severity \"{}\" cannot replace \"{}\": an edit rule stays an edit "
          "rule and a report rule a report rule (error, warning or info)",
          s.where, id, to_string(*s.severity), to_string(it->severity)));
      continue;
    }
    if (s.severity) it->severity = *s.severity;
    it->path_include = s.include;
    it->path_exclude = s.exclude;
  }
  if (!errors.empty()) throw Error(join_errors(errors));
  return rules;
}

}  // namespace

std::vector<Rule> rules_in_use(const Options& options) {
  return select_rules(
      with_settings(load_rules(options.default_rules, options.rule_paths, options.config_rules),
                    options),
      options);
}

}  // namespace holymigrate
