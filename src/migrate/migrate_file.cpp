#include "migrate/migrate_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "engine/collisions.h"
#include "migrate/actions.h"
#include "migrate/edit_diff.h"
#include "migrate/patch_base.h"
#include "migrate/validate.h"
#include "model/positions.h"
#include "report/fingerprint.h"
#include "util/redact.h"

namespace holymigrate {

namespace {

// Whether every edit lies where pass 1 saw it inside a YAML scalar and its
// replacement keeps the structure (engine/yaml_regions.h): then the edited
// file is exactly as valid as the file was, and parsing it again (a 2.8 MB
// OpenAPI file: 40 ms) would tell nothing new. `edits` come from
// scan.edits (the plan may change a replacement, never a span).
bool keeps_yaml_structure(const std::vector<Edit>& edits, const FileScan& scan) {
  for (const Edit& e : edits) {
    auto it =
        std::lower_bound(scan.edits.begin(), scan.edits.end(), e.begin,
                         [](const CandidateEdit& c, size_t begin) { return c.edit.begin < begin; });
    if (it == scan.edits.end() || it->edit.begin != e.begin || it->edit.end != e.end ||
        !keeps_structure(it->spot, e.replacement))
      return false;
  }
  return true;
}

// docs/behaviour.md §11.1: new bytes that would break a file that parsed
// before are not written: the file's edits are dropped and it gets one
// `would-break-file` error, at the line the parser names (line 1 if none).
void hold_broken_file(std::string_view path, std::string_view before, std::string& after,
                      FileResult& result, const FileScan& scan) {
  if (result.edits.empty() || keeps_yaml_structure(result.edits, scan)) return;
  std::optional<FormatError> broken = would_break(path, before, after);
  if (!broken) return;
  LineIndex lines(before);
  size_t line = std::clamp<size_t>(broken->line, 1, lines.line_count());
  size_t at = lines.line_start(line);
  Finding f;
  f.begin = at;
  f.end = at;
  f.rule = "would-break-file";
  f.severity = Severity::Error;
  f.message = fmt::format(
      "the edits would make this file invalid ({}), so it was left unchanged: migrate it by "
      "hand",
      broken->message);
  result.edits.clear();
  auto pos = std::find_if(result.findings.begin(), result.findings.end(),
                          [&](const Finding& x) { return x.begin > at; });
  result.findings.insert(pos, std::move(f));
  after.assign(before);
}

// docs/behaviour.md §10: a finding's message quotes the text as it will read
// after the run, not the text the diff above it just replaced. When edits
// overlap the finding's span, the quoted span (widened to cover them) is
// replaced by its migrated form. Only for messages that quote the match
// (`{match}`): others name the old text on purpose.
// `edits` are sorted and do not overlap.
std::string migrated_message(std::string_view bytes, const Finding& f,
                             const std::vector<Edit>& edits) {
  if (!f.quotes_match) return f.message;
  std::string_view quoted = bytes.substr(f.begin, f.end - f.begin);
  size_t at = quoted.empty() ? std::string::npos : f.message.find(quoted);
  if (at == std::string::npos) return f.message;
  size_t begin = f.begin, end = f.end;
  std::vector<const Edit*> inside;
  for (const Edit& e : edits) {
    if (e.end <= f.begin || e.begin >= f.end) continue;
    inside.push_back(&e);
    begin = std::min(begin, e.begin);
    end = std::max(end, e.end);
  }
  if (inside.empty()) return f.message;
  std::string migrated;
  size_t pos = begin;
  for (const Edit* e : inside) {
    migrated.append(bytes.substr(pos, e->begin - pos));
    migrated += e->replacement;
    pos = e->end;
  }
  migrated.append(bytes.substr(pos, end - pos));
  std::string message = f.message;
  message.replace(at, quoted.size(), migrated);
  return message;
}

}  // namespace

FileOutcome migrate_file(std::string_view bytes, const FileScan& scan, const Plan& plan,
                         const RuleSet& rules, const MigrateOptions& options,
                         std::string_view patch_path) {
  const FilePlan& decided = plan.file(scan.index);
  FileOutcome out;
  FileReport& report = out.report;
  report.path = scan.file.display;
  report.write_error = scan.error;

  // The findings the plan keeps, at the severity it gives them, and the ones
  // it adds, by offset.
  struct Kept {
    const ScanFinding* finding;
    Severity severity;
  };
  std::vector<Kept> findings;
  for (size_t i = 0; i < scan.findings.size(); ++i) {
    if (!decided.keeps_finding(i)) continue;
    auto changed = decided.severity.find(i);
    findings.push_back({&scan.findings[i], changed == decided.severity.end()
                                               ? scan.findings[i].finding.severity
                                               : changed->second});
  }
  for (const ScanFinding& f : decided.added_findings) findings.push_back({&f, f.finding.severity});
  std::stable_sort(findings.begin(), findings.end(), [](const Kept& a, const Kept& b) {
    return a.finding->finding.begin < b.finding->finding.begin;
  });
  report.actions = decided.added_actions;
  // Fingerprints (report/fingerprint.h) of the exact text: edits first, then
  // findings, each in file order.
  FingerprintCounter fingerprints(report.path);

  if (!plan.keeps_edits(scan)) {
    // No edit: the file was not read again; pass 1 kept what the report needs.
    for (const Kept& k : findings) {
      const ScanFinding& f = *k.finding;
      report.findings.push_back({f.finding.rule, k.severity, f.begin, f.end,
                                 redact(f.finding.message), redact(f.snippet),
                                 fingerprints.next(f.finding.rule, f.snippet)});
    }
    return out;
  }

  FileResult result;
  for (size_t i = 0; i < scan.edits.size(); ++i)
    if (decided.keeps_edit(i)) {
      result.edits.push_back(scan.edits[i].edit);
      if (auto r = decided.replacements.find(i); r != decided.replacements.end())
        result.edits.back().replacement = r->second;
    }
  for (const Kept& k : findings) {
    result.findings.push_back(k.finding->finding);
    result.findings.back().severity = k.severity;
  }
  const std::string_view rel = scan.file.path_in_tree();
  resolve_collisions(rel, bytes, result);
  out.after = apply_edits(bytes, result.edits);
  hold_broken_file(rel, bytes, out.after, result, scan);

  LineIndex lines(bytes);
  std::vector<size_t> offsets;
  offsets.reserve(2 * (result.edits.size() + result.findings.size()));
  for (const Edit& e : result.edits) offsets.insert(offsets.end(), {e.begin, e.end});
  for (const Finding& f : result.findings) offsets.insert(offsets.end(), {f.begin, f.end});
  const PositionMap positions(bytes, lines, std::move(offsets));
  report.edits.reserve(result.edits.size());
  for (const Edit& e : result.edits) {
    std::string_view before = bytes.substr(e.begin, e.end - e.begin);
    report.edits.push_back({e.rule, positions.at(e.begin), positions.at(e.end), redact(before),
                            redact(e.replacement), fingerprints.next(e.rule, before)});
  }
  report.findings.reserve(result.findings.size());
  for (const Finding& f : result.findings) {
    std::string_view matched = bytes.substr(f.begin, f.end - f.begin);
    report.findings.push_back({f.rule, f.severity, positions.at(f.begin), positions.at(f.end),
                               redact(migrated_message(bytes, f, result.edits)), redact(matched),
                               fingerprints.next(f.rule, matched)});
  }
  if (result.edits.empty()) {
    std::string().swap(out.after);
    return out;
  }
  for (ActionItem& a : edit_actions(scan.file.display, bytes, result.edits, rules))
    report.actions.push_back(std::move(a));

  out.mode = (scan.stamp.mode & 0100) ? FileMode::Executable : FileMode::Regular;
  // The diff shown names the file as every other line of the report does
  // (relative to the current folder); only the patch, for `git apply` from
  // the repository root, uses patch_path (docs/behaviour.md §10).
  const std::string& shown = scan.file.display;
  if (options.diff)
    report.diff = with_git_quoted_paths(
        display_diff(shown, bytes, out.after, result.edits, out.mode, &lines), shown);
  if (options.patch)
    report.patch = with_git_quoted_paths(
        exact_diff(patch_path, bytes, out.after, result.edits, out.mode, &lines), patch_path);
  return out;
}

}  // namespace holymigrate
