#include "report/result_message.h"

#include <fmt/format.h>

#include "engine/matcher.h"

namespace holymigrate {
namespace {

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

const Rule* find_rule(const RuleSet& rules, const std::string& id) {
  for (const Rule& r : rules.rules())
    if (r.id == id) return &r;
  return nullptr;
}

std::string rule_description(const Rule& rule, const Target& target) {
  std::string text = expand_target(rule.message, target);
  for (size_t pos = text.find("{match}"); pos != std::string::npos; pos = text.find("{match}", pos))
    text.replace(pos, 7, "…");
  return text.empty() ? rule.id : text;
}

std::string edit_message(const EditReport& edit, const RuleSet& rules) {
  const Rule* rule = find_rule(rules, edit.rule);
  std::string head = rule ? expand_message(rule->message, edit.before, rules.target()) : edit.rule;
  // "OPENAI_API_KEY -> HOLYSHEEP_API_KEY" says it all already.
  if (head.find(edit.before) != std::string::npos && head.find(edit.after) != std::string::npos)
    return head;
  return fmt::format("{}: {} -> {}", head, edit.before, edit.after);
}

std::string summary_line(const Report& report) {
  const Summary& s = report.summary;
  bool pending = report.mode == Mode::DryRun || report.mode == Mode::Check;
  std::string out =
      fmt::format("{} read, {}, {}, {}", plural(s.files_read, "file", "files"),
                  plural(s.files_changed, pending ? "file to edit" : "file changed",
                         pending ? "files to edit" : "files changed"),
                  plural(s.edits(), "edit", "edits"), plural(s.findings(), "finding", "findings"));
  if (s.findings() > 0) {
    std::string detail;
    for (const auto& [severity, n] : s.findings_by_severity) {
      if (n == 0) continue;
      detail += fmt::format("{}{} {}", detail.empty() ? "" : ", ", severity, n);
    }
    out += fmt::format(" ({})", detail);
  }
  out += fmt::format(", {} skipped", s.skipped());
  if (!report.errors.empty()) out += fmt::format(", {} failed", report.errors.size());
  return out;
}

}  // namespace holymigrate
