#include "report/report_json.h"

#include <nlohmann/json.hpp>

namespace holymigrate {

const char* mode_name(Mode mode) {
  switch (mode) {
    case Mode::DryRun:
      return "dry-run";
    case Mode::Check:
      return "check";
    case Mode::Write:
      return "write";
    case Mode::Commit:
      return "commit";
  }
  return "dry-run";
}

std::string json_report(const Report& report) {
  using json = nlohmann::ordered_json;
  const Summary& s = report.summary;
  json doc;
  doc["version"] = HOLYMIGRATE_VERSION;
  doc["mode"] = mode_name(report.mode);
  json findings = json::object();
  for (const char* sev : {"error", "warning", "info"}) {
    auto it = s.findings_by_severity.find(sev);
    findings[sev] = it == s.findings_by_severity.end() ? 0 : it->second;
  }
  doc["summary"] = {{"files_read", s.files_read},
                    {"files_changed", s.files_changed},
                    {"edits", s.edits()},
                    {"edits_by_rule", s.edits_by_rule},
                    {"findings", findings},
                    {"skipped", s.skipped_by_reason},
                    {"failed", report.errors.size()},
                    {"elapsed_seconds", s.elapsed_seconds}};
  if (report.baseline) doc["summary"]["baselined"] = s.baselined;
  json files = json::array();
  for (const FileReport& f : report.files) {
    json edits = json::array();
    for (const EditReport& e : f.edits) {
      edits.push_back({{"rule", e.rule},
                       {"line", e.begin.line},
                       {"column", e.begin.column},
                       {"end_line", e.end.line},
                       {"end_column", e.end.column},
                       {"column_utf16", e.begin.utf16_column},
                       {"end_column_utf16", e.end.utf16_column},
                       {"before", e.before},
                       {"after", e.after}});
    }
    json fs = json::array();
    for (const FindingReport& x : f.findings) {
      fs.push_back({{"rule", x.rule},
                    {"severity", to_string(x.severity)},
                    {"line", x.begin.line},
                    {"column", x.begin.column},
                    {"end_line", x.end.line},
                    {"end_column", x.end.column},
                    {"column_utf16", x.begin.utf16_column},
                    {"end_column_utf16", x.end.utf16_column},
                    {"message", x.message},
                    {"snippet", x.snippet},
                    {"fingerprint", x.fingerprint}});
    }
    json file = {{"path", f.path}, {"edits", edits}, {"findings", fs}};
    if (!f.write_error.empty()) file["error"] = f.write_error;
    if (!f.encoding.empty()) file["encoding"] = f.encoding;
    files.push_back(std::move(file));
  }
  doc["files"] = std::move(files);
  json skipped = json::array();
  for (const Skipped& sk : report.skipped) {
    // A file a default skip leaves out is named only when it holds
    // something the rules would change (docs/behaviour.md §2); the summary
    // counts every one.
    if (sk.reason == SkipReason::DefaultExcluded && !sk.display.ends_with('/')) {
      if (sk.edits == 0 && sk.findings == 0) continue;
      skipped.push_back({{"path", sk.display},
                         {"reason", to_string(sk.reason)},
                         {"include", sk.include},
                         {"edits", sk.edits},
                         {"findings", sk.findings}});
      continue;
    }
    skipped.push_back({{"path", sk.display}, {"reason", to_string(sk.reason)}});
  }
  doc["skipped"] = std::move(skipped);
  doc["actions"] = s.actions;
  json items = json::array();
  for (const ActionItem& a : s.action_items)
    items.push_back({{"text", a.text}, {"referenced_in", a.referenced_in}});
  doc["action_items"] = std::move(items);
  doc["errors"] = report.errors;
  if (report.mode == Mode::Commit) {
    doc["commit"] = report.commit ? json{{"id", report.commit->id},
                                         {"short_id", report.commit->short_id},
                                         {"branch", report.commit->branch}}
                                  : json(nullptr);
  }
  // Paths may hold bytes that are not UTF-8: replace them rather than fail.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace holymigrate
