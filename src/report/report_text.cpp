#include "report/report_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "util/quote_path.h"

namespace holymigrate {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The changed middle of a removed line `a` and its added line `b` (each
// without its -/+ mark): common prefix and suffix lengths, kept on UTF-8
// character boundaries. The approach of git's contrib/diff-highlight:
// prefix and suffix, no inner alignment, which is what a URL or name swap
// inside a long line needs.
std::pair<size_t, size_t> common_ends(std::string_view a, std::string_view b) {
  auto splits = [](std::string_view s, size_t at) {
    return at < s.size() && is_continuation(s[at]);
  };
  size_t prefix = 0;
  const size_t shorter = std::min(a.size(), b.size());
  while (prefix < shorter && a[prefix] == b[prefix]) ++prefix;
  while (prefix > 0 && (splits(a, prefix) || splits(b, prefix))) --prefix;
  size_t suffix = 0;
  while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  while (suffix > 0 && splits(a, a.size() - suffix)) --suffix;
  return {prefix, suffix};
}

constexpr std::string_view kReset = "\x1b[0m", kRed = "\x1b[31m", kGreen = "\x1b[32m",
                           kCyan = "\x1b[36m", kBold = "\x1b[1m", kInverse = "\x1b[7m",
                           kNoInverse = "\x1b[27m";

void append_colored(std::string& out, std::string_view color, std::string_view line) {
  out += color;
  out += line;
  out += kReset;
}

// `line` ("-…" or "+…") in `color`, its bytes [1 + prefix, size - suffix)
// in inverse video.
void append_highlighted(std::string& out, std::string_view color, std::string_view line,
                        size_t prefix, size_t suffix) {
  out += color;
  out += line.substr(0, 1 + prefix);
  out += kInverse;
  out += line.substr(1 + prefix, line.size() - 1 - prefix - suffix);
  out += kNoInverse;
  out += line.substr(line.size() - suffix);
  out += kReset;
}

}  // namespace

std::string colorize_diff(std::string_view patch) {
  // Lines first, so that a run of removed lines can be paired with the run
  // of added lines that follows it.
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < patch.size();) {
    size_t nl = patch.find('\n', pos);
    size_t end = nl == std::string_view::npos ? patch.size() : nl;
    lines.push_back(patch.substr(pos, end - pos));
    pos = end + 1;
  }
  const bool final_newline = !patch.empty() && patch.back() == '\n';
  std::string out;
  out.reserve(patch.size() + patch.size() / 4);
  bool in_header = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    auto newline = [&] {
      if (i + 1 < lines.size() || final_newline) out += '\n';
    };
    if (line.starts_with("diff --git")) in_header = true;
    if (line.starts_with("@@")) {
      in_header = false;
      append_colored(out, kCyan, line);
    } else if (in_header) {
      append_colored(out, kBold, line);
    } else if (line.starts_with("-")) {
      // A run of n removed lines followed by n added lines: each pair shows
      // its changed part in inverse video (word-diff style), as git's
      // diff-highlight does. Other shapes are coloured whole.
      size_t minus_end = i;
      while (minus_end < lines.size() && lines[minus_end].starts_with("-")) ++minus_end;
      size_t plus_end = minus_end;
      while (plus_end < lines.size() && lines[plus_end].starts_with("+")) ++plus_end;
      const size_t n = minus_end - i;
      const bool paired = plus_end - minus_end == n;
      for (size_t k = i; k < plus_end; ++k) {
        std::string_view l = lines[k];
        std::string_view color = k < minus_end ? kRed : kGreen;
        size_t prefix = 0, suffix = 0;
        if (paired) {
          std::string_view other = k < minus_end ? lines[k + n] : lines[k - n];
          std::tie(prefix, suffix) = common_ends(l.substr(1), other.substr(1));
        }
        if (prefix + suffix > 0)
          append_highlighted(out, color, l, prefix, suffix);
        else
          append_colored(out, color, l);
        if (k + 1 < lines.size() || final_newline) out += '\n';
      }
      i = plus_end - 1;
      continue;
    } else if (line.starts_with("+")) {
      append_colored(out, kGreen, line);
    } else {
      out += line;
    }
    newline();
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
  // --also adds them to the run without narrowing it (docs/behaviour.md §2).
  std::string out =
      "Skipped by default, yet holding edits or findings (the --also shown brings them back)\n";
  size_t i = 0;
  for (const auto& [folder, g] : groups) {
    out += fmt::format("  {:<{}}  {:<{}}  --also '{}'\n", rows[i].first, width, rows[i].second,
                       held_width, fmt::join(g.includes, ","));
    ++i;
  }
  return out;
}

std::string too_large_text(const Report& report) {
  // Only the name: a reader of the summary needs to know which files the
  // run did not look at; ten are enough to see the pattern (dumps, data).
  constexpr size_t kShown = 10;
  std::string out;
  size_t n = 0;
  for (const Skipped& sk : report.skipped) {
    if (sk.reason != SkipReason::TooLarge) continue;
    if (n++ < kShown) out += fmt::format("  {}\n", quote_path(sk.display));
  }
  if (n == 0) return {};
  if (n > kShown)
    out += fmt::format("  … and {} more (--format json lists every one)\n", n - kShown);
  return "Not read, larger than --max-filesize (a larger --max-filesize reads them)\n" + out;
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
  out += too_large_text(report);
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
