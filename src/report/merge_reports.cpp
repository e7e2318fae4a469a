#include "report/merge_reports.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "model/action_item.h"
#include "report/fingerprint.h"
#include "report/report_json.h"

namespace holymigrate {
namespace {

using json = nlohmann::json;

Position position(const json& j, const char* line, const char* column, const char* utf16) {
  Position p;
  p.line = j.at(line).get<size_t>();
  p.column = j.at(column).get<size_t>();
  p.utf16_column = j.at(utf16).get<size_t>();
  return p;
}

std::optional<SkipReason> skip_reason(std::string_view name) {
  for (SkipReason r : {SkipReason::Binary, SkipReason::TooLarge, SkipReason::Symlink,
                       SkipReason::Unreadable, SkipReason::NotAFile, SkipReason::DefaultExcluded})
    if (name == to_string(r)) return r;
  return std::nullopt;
}

void add_counts(std::map<std::string, size_t>& to, const json& from) {
  for (const auto& [key, value] : from.items()) to[key] += value.get<size_t>();
}

}  // namespace

Expected<Report> report_from_json(std::string_view text, std::string_view path) {
  try {
    json doc = json::parse(text);
    Report r;
    const std::string mode = doc.at("mode").get<std::string>();
    for (Mode m : {Mode::DryRun, Mode::Check, Mode::Write, Mode::Commit})
      if (mode == mode_name(m)) r.mode = m;
    const json& s = doc.at("summary");
    r.summary.files_read = s.at("files_read").get<size_t>();
    r.summary.files_changed = s.at("files_changed").get<size_t>();
    add_counts(r.summary.edits_by_rule, s.at("edits_by_rule"));
    add_counts(r.summary.findings_by_severity, s.at("findings"));
    add_counts(r.summary.skipped_by_reason, s.at("skipped"));
    r.summary.elapsed_seconds = s.at("elapsed_seconds").get<double>();
    for (const json& f : doc.at("files")) {
      FileReport file;
      file.path = f.at("path").get<std::string>();
      // JSON edits carry no fingerprint: the same one again, from the text
      // (report/fingerprint.h; an edit's text holds no key).
      FingerprintCounter fingerprints(file.path);
      for (const json& e : f.at("edits")) {
        std::string rule = e.at("rule").get<std::string>(),
                    before = e.at("before").get<std::string>();
        std::string fingerprint = fingerprints.next(rule, before);
        file.edits.push_back({rule, position(e, "line", "column", "column_utf16"),
                              position(e, "end_line", "end_column", "end_column_utf16"), before,
                              e.at("after").get<std::string>(), std::move(fingerprint)});
      }
      for (const json& x : f.at("findings")) {
        FindingReport finding;
        finding.rule = x.at("rule").get<std::string>();
        if (!parse_severity(x.at("severity").get<std::string>(), finding.severity))
          throw std::runtime_error("unknown severity " + x.at("severity").dump());
        finding.begin = position(x, "line", "column", "column_utf16");
        finding.end = position(x, "end_line", "end_column", "end_column_utf16");
        finding.message = x.at("message").get<std::string>();
        finding.snippet = x.at("snippet").get<std::string>();
        if (x.contains("fingerprint")) finding.fingerprint = x.at("fingerprint").get<std::string>();
        file.findings.push_back(std::move(finding));
      }
      if (f.contains("error")) file.write_error = f.at("error").get<std::string>();
      r.files.push_back(std::move(file));
    }
    for (const json& sk : doc.at("skipped")) {
      // A reason this version does not know is still counted in the summary.
      if (auto reason = skip_reason(sk.at("reason").get<std::string>())) {
        Skipped one{sk.at("path").get<std::string>(), *reason};
        one.include = sk.value("include", "");
        one.edits = sk.value("edits", size_t{0});
        one.findings = sk.value("findings", size_t{0});
        r.skipped.push_back(std::move(one));
      }
    }
    r.summary.actions = doc.at("actions").get<std::vector<std::string>>();
    for (const json& a : doc.at("action_items"))
      r.summary.action_items.push_back(
          {a.at("text").get<std::string>(), a.at("referenced_in").get<std::string>()});
    r.errors = doc.at("errors").get<std::vector<std::string>>();
    return r;
  } catch (const std::exception& e) {
    std::string_view what = e.what();  // nlohmann: "[json.exception.x.N] what"
    if (what.starts_with("[json.exception") && what.find("] ") != std::string_view::npos)
      what.remove_prefix(what.find("] ") + 2);
    return Expected<Report>::failure(fmt::format(
        "{}: not a holymigrate JSON report ({}); make it with --format json", path, what));
  }
}

Report merge_reports(std::vector<Report> reports) {
  Report out;
  if (!reports.empty()) {
    out.mode = reports.front().mode;
    out.fail_on = reports.front().fail_on;
  }
  std::set<std::string> paths, errors;
  for (Report& r : reports) {
    Summary& s = out.summary;
    s.files_read += r.summary.files_read;
    s.files_changed += r.summary.files_changed;
    for (const auto& [k, v] : r.summary.edits_by_rule) s.edits_by_rule[k] += v;
    for (const auto& [k, v] : r.summary.findings_by_severity) s.findings_by_severity[k] += v;
    for (const auto& [k, v] : r.summary.skipped_by_reason) s.skipped_by_reason[k] += v;
    s.elapsed_seconds = std::max(s.elapsed_seconds, r.summary.elapsed_seconds);
    s.action_items.insert(s.action_items.end(), r.summary.action_items.begin(),
                          r.summary.action_items.end());
    for (std::string& e : r.errors)
      if (errors.insert(e).second) out.errors.push_back(std::move(e));
    for (FileReport& f : r.files)
      if (paths.insert(f.path).second) out.files.push_back(std::move(f));
    for (Skipped& sk : r.skipped) out.skipped.push_back(std::move(sk));
  }
  out.summary.actions = finish_actions(out.summary.action_items);
  std::stable_sort(out.files.begin(), out.files.end(),
                   [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
  std::stable_sort(out.skipped.begin(), out.skipped.end(),
                   [](const Skipped& a, const Skipped& b) { return a.display < b.display; });
  return out;
}

}  // namespace holymigrate
