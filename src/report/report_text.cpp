#include "report/report_text.h"

#include <fmt/format.h>

#include "migrate/diff.h"
#include "util/quote_path.h"

namespace holymigrate {
namespace {

std::string counts(const std::map<std::string, size_t>& m) {
  std::string out;
  for (const auto& [name, n] : m) {
    if (n == 0) continue;
    out += out.empty() ? "" : ", ";
    out += fmt::format("{} {}", name, n);
  }
  return out;
}

std::string total_with_detail(size_t total, const std::map<std::string, size_t>& m) {
  return total == 0 ? "0" : fmt::format("{} ({})", total, counts(m));
}

const char* mode_line(const Report& r) {
  switch (r.mode) {
    case Mode::DryRun: return "dry run: nothing was written; run with --write to apply";
    case Mode::Check: return "check: nothing was written";
    case Mode::Write: return "written in place";
    case Mode::Commit: return r.commit ? "written and committed" : "nothing to commit";
  }
  return "";
}

}  // namespace

std::string text_summary(const Report& report) {
  const Summary& s = report.summary;
  std::string out = fmt::format("Summary ({})\n", mode_line(report));
  auto row = [&](std::string_view label, const std::string& value) {
    out += fmt::format("  {:<15}{}\n", label, value);
  };
  bool pending = report.mode == Mode::DryRun || report.mode == Mode::Check;
  row("files read:", std::to_string(s.files_read));
  row(pending ? "files to edit:" : "files changed:", std::to_string(s.files_changed));
  row("edits:", total_with_detail(s.edits(), s.edits_by_rule));
  row("findings:", total_with_detail(s.findings(), s.findings_by_severity));
  row("skipped:", total_with_detail(s.skipped(), s.skipped_by_reason));
  if (!report.errors.empty()) row("failed:", std::to_string(report.errors.size()));
  if (report.mode == Mode::Commit)
    row("commit:", report.commit ? fmt::format("{} on branch {}", report.commit->short_id,
                                               report.commit->branch)
                                 : std::string("none (nothing to commit)"));
  row("elapsed:", fmt::format("{:.3f}s", s.elapsed_seconds));
  if (!s.actions.empty()) {
    out += "Action items\n";
    for (const auto& a : s.actions) out += fmt::format("  - {}\n", a);
  }
  return out;
}

void write_text_report(const Report& report, Colors colors, std::FILE* out, DiffSection diffs) {
  // Sections (diff, findings, summary) are separated by one blank line; an
  // empty section takes no space.
  bool wrote = diffs == DiffSection::Written;
  for (const FileReport& f : report.files) {
    if (f.diff.empty() || diffs != DiffSection::InReport) continue;
    fmt::print(out, "{}", colors == Colors::On ? colorize_diff(f.diff) : f.diff);
    wrote = true;
  }
  bool findings = false;
  for (const FileReport& f : report.files) {
    for (const FindingReport& x : f.findings) {
      if (!findings && wrote) fmt::print(out, "\n");
      findings = wrote = true;
      fmt::print(out, "{}:{}:{}: {}[{}]: {}\n", quote_path(f.path), x.begin.line, x.begin.column,
                 to_string(x.severity), x.rule, x.message);
    }
  }
  if (wrote) fmt::print(out, "\n");
  fmt::print(out, "{}", text_summary(report));
}

}  // namespace holymigrate
