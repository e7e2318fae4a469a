#include "cli/rules_list_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "engine/matcher.h"
#include "engine/rule_kinds.h"
#include "engine/rule_set.h"
#include "util/error.h"
#include "util/redact.h"
#include "util/suggest.h"

namespace holymigrate {
namespace {

std::string globs(const Rule& r) {
  if (r.files.empty()) return "*";
  std::string out;
  for (const auto& g : r.files) out += (out.empty() ? "" : ",") + g;
  return out;
}

// An example's text on one line: newlines shown as "\n" so a multi-line
// example cannot break the layout; keys redacted like everywhere else.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : redact(text)) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string rules_list_text(const std::vector<Rule>& rules) {
  size_t id_w = 2, kind_w = 4;
  for (const Rule& r : rules) {
    id_w = std::max(id_w, r.id.size());
    kind_w = std::max(kind_w, to_string(r.kind).size());
  }
  std::string out;
  for (const Rule& r : rules)
    out += fmt::format("{:<{}}  {:<{}}  {:<7}  {}\n", r.id, id_w, to_string(r.kind), kind_w,
                       to_string(r.severity), globs(r));
  return out;
}

std::string rules_list_json(const std::vector<Rule>& rules) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const Rule& r : rules) {
    a.push_back({{"id", r.id},
                 {"kind", std::string(to_string(r.kind))},
                 {"severity", to_string(r.severity)},
                 {"files", r.files},
                 {"message", r.message},
                 {"defined_at", fmt::format("{}:{}", r.file, r.line)}});
  }
  return a.dump(2) + "\n";
}

std::string explain_rule(const std::vector<Rule>& rules, const std::string& id,
                         const Target& target) {
  auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
  if (it == rules.end()) {
    std::vector<std::string> ids;
    for (const Rule& r : rules) ids.push_back(r.id);
    throw Error(fmt::format("unknown rule id \"{}\"{}; `holymigrate rules list` shows them", id,
                            did_you_mean(id, ids)));
  }
  const Rule& r = *it;
  std::string out = fmt::format("{}: {}\n\n", r.id, expand_target(r.message, target));
  out += fmt::format("  kind        {}\n  severity    {}\n  files       {}\n  defined at  {}:{}\n",
                     to_string(r.kind), to_string(r.severity),
                     r.files.empty() ? "every file read" : globs(r), r.file, r.line);
  if (!r.pattern.empty()) out += fmt::format("  pattern     {}\n", r.pattern);
  if (r.replace) out += fmt::format("  replace     {}\n", expand_target(*r.replace, target));
  for (const auto& [name, value] : r.params) {
    std::string shown = expand_target(value, target);
    out += shown == value ? fmt::format("  {:<10}  {}\n", name, value)
                          : fmt::format("  {:<10}  {} ({})\n", name, value, shown);
  }
  if (r.tests.empty()) return out;
  // Examples run with the target in effect, so they show what this run does.
  RuleSet one({r}, target);
  out += "\nExamples:\n";
  for (const RuleTest& t : r.tests) {
    FileResult got = one.scan(t.before, "");
    out += fmt::format("\n  before: {}\n", one_line(t.before));
    if (r.severity == Severity::Edit) {
      std::string after = apply_edits(t.before, got.edits);
      out += after == t.before ? "  after:  (unchanged)\n"
                               : fmt::format("  after:  {}\n", one_line(after));
    } else {
      out += fmt::format("  finds:  {}\n", got.findings.size());
      for (const Finding& f : got.findings)
        out +=
            fmt::format("          {}[{}]: {}\n", to_string(f.severity), f.rule, redact(f.message));
    }
  }
  return out;
}

}  // namespace holymigrate
