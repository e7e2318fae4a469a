#include "report/report_github.h"

#include <fmt/format.h>

#include "report/result_message.h"

namespace holymigrate {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Edit:
    case Severity::Info:
      return "notice";
  }
  return "notice";
}

std::string line(const char* cmd, const std::string& path, const Position& at,
                 const std::string& rule, std::string_view message) {
  return fmt::format("::{} file={},line={},col={},title={}::{}\n", cmd,
                     github_escape_property(path), at.line, at.utf16_column,
                     github_escape_property(rule), github_escape_data(message));
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }
std::string github_escape_property(std::string_view text) { return escape(text, true); }

std::string github_report(const Report& report, const RuleSet& rules) {
  const char* edit_cmd = report.mode == Mode::Check ? "warning" : "notice";
  std::string out;
  for (const FileReport& f : report.files) {
    for_each_result(
        f,
        [&](const EditReport& edit) {
          out += line(edit_cmd, f.path, edit.begin, edit.rule, edit_message(edit, rules));
        },
        [&](const FindingReport& finding) {
          out +=
              line(command(finding.severity), f.path, finding.begin, finding.rule, finding.message);
        });
  }
  for (const std::string& error : report.errors)
    out += fmt::format("::error title=holymigrate::{}\n", github_escape_data(error));
  for (const std::string& action : report.summary.actions)
    out += fmt::format("::notice title=holymigrate action item::{}\n", github_escape_data(action));
  out += fmt::format("::notice title=holymigrate::{}\n", github_escape_data(summary_line(report)));
  return out;
}

}  // namespace holymigrate
