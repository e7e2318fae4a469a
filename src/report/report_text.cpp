#include "report/report_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "util/quote_path.h"

namespace holymigrate {

std::string colorize_diff(std::string_view patch) {
  std::string out;
  out.reserve(patch.size() + patch.size() / 4);
  size_t pos = 0;
  bool in_header = true;
  while (pos < patch.size()) {
    size_t nl = patch.find('\n', pos);
    size_t end = nl == std::string_view::npos ? patch.size() : nl;
    std::string_view line = patch.substr(pos, end - pos);
    const char* color = nullptr;
    if (line.starts_with("diff --git")) in_header = true;
    if (line.starts_with("@@"))
      in_header = false, color = "\x1b[36m";
    else if (in_header)
      color = "\x1b[1m";
    else if (line.starts_with("+"))
      color = "\x1b[32m";
    else if (line.starts_with("-"))
      color = "\x1b[31m";
    if (color) {
      out += color;
      out += line;
      out += "\x1b[0m";
    } else {
      out += line;
    }
    if (nl != std::string_view::npos) out += '\n';
    pos = end + 1;
  }
  return out;
}

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

// "1 edit", "2 edits".
std::string plural(size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

size_t count_of(const std::map<std::string, size_t>& m, const char* key) {
  auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

// The summary's headline: what happened, and whether it went wrong.
std::string mode_line(const Report& r) {
  const size_t failed = r.errors.size();
  std::string errors = plural(failed, "error");
  switch (r.mode) {
    case Mode::DryRun:
      return failed ? fmt::format("dry run FAILED: {}, listed above; nothing was written", errors)
                    : "dry run: nothing was written; run with --write to apply";
    case Mode::Check:
      return failed ? fmt::format("check FAILED: {}, listed above; nothing was written", errors)
                    : "check: nothing was written";
    case Mode::Write:
      return failed ? fmt::format(
                          "write FAILED: {}, listed above; every other file was written in place",
                          errors)
                    : "written in place";
    case Mode::Commit:
      if (failed) return fmt::format("commit FAILED: {}, listed above", errors);
      return r.commit ? "written and committed" : "nothing to commit";
  }
  return "";
}

// Action items are written for a tree that is migrated; before that (a dry
// run, --check) they say so. Items that name a file to fix by hand
// (".env: rename …") hold whatever the mode.
std::string action_line(const Report& r, const std::string& text) {
  bool pending = r.mode == Mode::DryRun || r.mode == Mode::Check;
  for (std::string_view verb : {"create ", "set ", "provide "})
    if (pending && text.starts_with(verb)) return "after migrating, " + text;
  return text;
}

}  // namespace

std::string skip_group(std::string_view display, std::string_view include) {
  auto parent = [&] {
    size_t slash = display.rfind('/');
    return slash == std::string_view::npos ? std::string("./")
                                           : std::string(display.substr(0, slash + 1));
  };
  if (!include.ends_with("/**")) return parent();
  // The skipped folder's path under PATH is the include without `/**`; it
  // starts the file's path under PATH, which ends the display.
  std::string folder = std::string(include.substr(0, include.size() - 3)) + "/";
  for (size_t at = display.find(folder); at != std::string_view::npos;
       at = display.find(folder, at + 1))
    if (at == 0 || display[at - 1] == '/')
      return std::string(display.substr(0, at + folder.size()));
  return parent();
}

std::string skipped_by_default_text(const Report& report) {
  struct Group {
    size_t files = 0, edits = 0, findings = 0;
    std::vector<std::string> includes;  // distinct, in path order
  };
  std::map<std::string, Group> groups;
  for (const Skipped& sk : report.skipped) {
    if (sk.reason != SkipReason::DefaultExcluded || (sk.edits == 0 && sk.findings == 0)) continue;
    Group& g = groups[skip_group(sk.display, sk.include)];
    ++g.files;
    g.edits += sk.edits;
    g.findings += sk.findings;
    if (std::find(g.includes.begin(), g.includes.end(), sk.include) == g.includes.end())
      g.includes.push_back(sk.include);
  }
  if (groups.empty()) return {};
  std::vector<std::pair<std::string, std::string>> rows;  // folder, what it holds
  size_t width = 0, held_width = 0;
  for (const auto& [folder, g] : groups) {
    std::vector<std::string> held;
    if (g.edits) held.push_back(plural(g.edits, "edit"));
    if (g.findings) held.push_back(plural(g.findings, "finding"));
    rows.emplace_back(quote_path(folder),
                      fmt::format("{}: {}", plural(g.files, "file"), fmt::join(held, ", ")));
    width = std::max(width, std::min<size_t>(40, rows.back().first.size()));
    held_width = std::max(held_width, rows.back().second.size());
  }
  // `**` keeps every other file read: with any --include, only the files it
  // matches are read (docs/behaviour.md §2).
  std::string out =
      "Skipped by default, yet holding edits or findings (the --include shown brings them "
      "back; its ** keeps the rest read)\n";
  size_t i = 0;
  for (const auto& [folder, g] : groups) {
    out += fmt::format("  {:<{}}  {:<{}}  --include '**,{}'\n", rows[i].first, width,
                       rows[i].second, held_width, fmt::join(g.includes, ","));
    ++i;
  }
  return out;
}

std::string check_verdict(const Report& report) {
  if (report.mode != Mode::Check) return {};
  const Summary& s = report.summary;
  std::vector<std::string> reasons;
  if (s.edits() > 0)
    reasons.push_back(fmt::format("{} in {}", plural(s.edits(), "pending edit"),
                                  plural(s.files_changed, "file")));
  if (report.fail_on != FailOn::None) {
    if (size_t n = count_of(s.findings_by_severity, "error"))
      reasons.push_back(plural(n, "error finding"));
  }
  if (report.fail_on == FailOn::Warning) {
    if (size_t n = count_of(s.findings_by_severity, "warning"))
      reasons.push_back(plural(n, "warning finding"));
  }
  if (!report.errors.empty()) reasons.push_back(plural(report.errors.size(), "run error"));
  if (reasons.empty()) return "check passed\n";
  return fmt::format("check failed: {}\n", fmt::join(reasons, ", "));
}

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
  if (report.baseline)
    row("baseline:", fmt::format("{} finding{} hidden ({})", s.baselined,
                                 s.baselined == 1 ? "" : "s", *report.baseline));
  row("skipped:", total_with_detail(s.skipped(), s.skipped_by_reason));
  if (!report.errors.empty()) row("failed:", std::to_string(report.errors.size()));
  if (report.mode == Mode::Commit)
    row("commit:", report.commit ? fmt::format("{} on branch {}", report.commit->short_id,
                                               report.commit->branch)
                                 : std::string("none (nothing to commit)"));
  row("elapsed:", fmt::format("{:.3f}s", s.elapsed_seconds));
  out += skipped_by_default_text(report);
  if (!s.actions.empty()) {
    out += "Action items\n";
    for (const auto& a : s.actions) out += fmt::format("  - {}\n", action_line(report, a));
  }
  out += check_verdict(report);
  return out;
}

std::string stat_text(const Report& report) {
  // Paths longer than this do not widen the column for every other line.
  constexpr size_t kMaxWidth = 60;
  size_t width = 0, files = 0, edits = 0;
  for (const FileReport& f : report.files) {
    if (f.edits.empty()) continue;
    width = std::max(width, std::min(kMaxWidth, quote_path(f.path).size()));
  }
  std::string out;
  for (const FileReport& f : report.files) {
    if (f.edits.empty()) continue;
    ++files;
    edits += f.edits.size();
    out += fmt::format(" {:<{}} | {}\n", quote_path(f.path), width, plural(f.edits.size(), "edit"));
  }
  if (files == 0) return {};
  bool pending = report.mode == Mode::DryRun || report.mode == Mode::Check;
  out += fmt::format(" {} {}, {}\n", plural(files, "file"), pending ? "to edit" : "changed",
                     plural(edits, "edit"));
  return out;
}

std::string findings_text(const Report& report) {
  // Shown locations per group; the rest are counted.
  constexpr size_t kShown = 3;
  struct Group {
    const FindingReport* first = nullptr;
    std::vector<std::string> where;  // path:line:col
  };
  using Key = std::tuple<std::string_view, Severity, std::string_view>;
  std::map<Key, size_t> index;  // key -> position in `groups`
  std::vector<Group> groups;    // in order of first appearance (path order)
  for (const FileReport& f : report.files) {
    for (const FindingReport& x : f.findings) {
      Key key{x.rule, x.severity, x.message};
      auto [it, added] = index.try_emplace(key, groups.size());
      if (added) groups.push_back({&x, {}});
      groups[it->second].where.push_back(
          fmt::format("{}:{}:{}", quote_path(f.path), x.begin.line, x.begin.column));
    }
  }
  std::string out;
  for (const Group& g : groups) {
    const FindingReport& x = *g.first;
    if (g.where.size() == 1) {
      out += fmt::format("{}: {}[{}]: {}\n", g.where[0], to_string(x.severity), x.rule, x.message);
      continue;
    }
    out +=
        fmt::format("{}[{}] ×{}: {}\n", to_string(x.severity), x.rule, g.where.size(), x.message);
    // Error findings each need a fix by hand: every location is listed.
    size_t shown =
        x.severity == Severity::Error ? g.where.size() : std::min(kShown, g.where.size());
    for (size_t i = 0; i < shown; ++i) out += fmt::format("  {}\n", g.where[i]);
    if (g.where.size() > shown)
      out +=
          fmt::format("  … and {} more (--format json lists every one)\n", g.where.size() - kShown);
  }
  return out;
}

void write_text_report(const Report& report, Colors colors, std::FILE* out, DiffSection diffs,
                       SummaryBlock summary) {
  // Sections (diff or stat, findings, summary) are separated by one blank
  // line; an empty section takes no space.
  bool wrote = diffs == DiffSection::Written;
  if (diffs == DiffSection::InReport) {
    for (const FileReport& f : report.files) {
      if (f.diff.empty()) continue;
      fmt::print(out, "{}", colors == Colors::On ? colorize_diff(f.diff) : f.diff);
      wrote = true;
    }
  } else if (diffs == DiffSection::Stat) {
    std::string stat = stat_text(report);
    fmt::print(out, "{}", stat);
    wrote = !stat.empty();
  }
  std::string findings = findings_text(report);
  if (!findings.empty()) {
    if (wrote) fmt::print(out, "\n");
    fmt::print(out, "{}", findings);
    wrote = true;
  }
  if (summary == SummaryBlock::Omit) return;
  if (wrote) fmt::print(out, "\n");
  fmt::print(out, "{}", text_summary(report));
}

SummaryPlaces summary_places(Format format, bool quiet, bool to_output_file, bool stdout_is_tty,
                             bool stderr_is_tty) {
  SummaryPlaces p;
  if (quiet) return p;
  p.in_report = format == Format::Text;
  p.on_stderr = format != Format::Text || to_output_file || (!stdout_is_tty && stderr_is_tty);
  return p;
}

}  // namespace holymigrate
