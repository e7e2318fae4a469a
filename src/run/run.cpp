#include "run/run.h"

#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <optional>

#include "engine/rule_file.h"
#include "io/interrupt.h"
#include "io/output_file.h"
#include "io/workspace.h"
#include "report/printer.h"
#include "run/migration_commit.h"
#include "util/error.h"
#include "util/quote_path.h"
#include "util/suggest.h"

namespace holymigrate {

namespace {

bool use_colors(const Options& options, std::FILE* out) {
  switch (options.color) {
    case ColorChoice::Always:
      return true;
    case ColorChoice::Never:
      return false;
    case ColorChoice::Auto: {
      const char* no_color = std::getenv("NO_COLOR");
      if (no_color && *no_color) return false;
      return isatty(fileno(out)) != 0;
    }
  }
  return false;
}

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

int run(const Options& options, std::FILE* out, std::FILE* err) {
  // glibc raises its mmap threshold (up to 32 MiB) whenever a large block is
  // freed; file-sized buffers then come from the per-thread heaps, which keep
  // the memory. A fixed threshold hands every buffer over 1 MiB back to the
  // system when its file is done (the peak RSS bound, docs/performance.md).
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  stop_on_signals();
  RuleSet rules(rules_in_use(options), options.target);
  OutputFile output(options.output_file);
  // With `--patch -` stdout holds the patch alone, so it can be piped to
  // `git apply`; the report goes to stderr.
  std::FILE* patch_out = out;
  if (options.patch_file && *options.patch_file == "-") out = err;
  if (output.get()) out = output.get();  // --output: the format goes to FILE
  // Diffs and the patch are written as files come in (in path order) and
  // then dropped, rather than held for the whole run. The patch file is
  // opened at the first write, after discovery, so it is never listed.
  std::ofstream patch_file;
  auto write_patch = [&](std::string_view text) {
    if (*options.patch_file == "-") return (void)fmt::print(patch_out, "{}", text);
    if (!patch_file.is_open())
      patch_file.open(*options.patch_file, std::ios::binary | std::ios::trunc);
    patch_file << text;
  };
  SummaryPlaces places = summary_places(options.format, options.quiet, output.get() != nullptr,
                                        isatty(fileno(stdout)) != 0, isatty(fileno(err)) != 0);
  if (out == err) places.on_stderr = false;  // `--patch -`: the report is on stderr already
  Progress progress(err, progress_wanted(err, options.quiet));
  PrinterOptions p;
  p.format = options.format;
  p.quiet = options.quiet;
  p.colors = use_colors(options, out) ? Colors::On : Colors::Off;
  p.diff_view = options.diff_view;
  p.summary = places.in_report ? SummaryBlock::Include : SummaryBlock::Omit;
  p.progress = &progress;
  std::unique_ptr<Printer> printer = make_printer(p, out, rules);
  auto sink = [&](FileReport& f) {
    if (options.patch_file) write_patch(f.patch);
    std::string().swap(f.patch);
    printer->file(f);
  };
  // --commit checks the repository before reading anything, and writes
  // only once every check passed (docs/behaviour.md §7); so nothing is streamed, the diffs
  // and the patch come out once the commit is made.
  std::optional<CommitPlan> commit;
  if (options.mode == Mode::Commit) commit = prepare_commit(options);
  DiskWorkspace disk;
  StagedWorkspace staged(disk);
  Workspace& ws = commit ? static_cast<Workspace&>(staged) : disk;
  Report report = build_report(ws, options, rules, printer->wants_diff(),
                               commit ? FileSink{} : sink, &progress);
  progress.finish();
  if (commit) {
    commit_edits(*commit, staged, report, options);
    for (FileReport& f : report.files) sink(f);
  }
  if (options.patch_file) {
    write_patch("");
    if (*options.patch_file != "-" && !patch_file.flush())
      report.errors.push_back(fmt::format("{}: cannot write the patch", *options.patch_file));
  }
  // Whatever went to stdout so far comes before the warnings and errors, so
  // that `2>&1` never splices an error line into a diff.
  std::fflush(out);
  for (const Skipped& s : report.skipped) {
    if (s.reason == SkipReason::Unreadable && options.mode == Mode::Write)
      report.errors.push_back(
          fmt::format("{}: cannot be read (permission denied); not migrated — fix its permissions "
                      "and run again",
                      s.display));
    else if (s.reason == SkipReason::Unreadable)
      fmt::print(err, "holymigrate: warning: {}: cannot be read (permission denied); skipped\n",
                 printable_line(s.display));
  }
  for (const std::string& w : report.warnings)
    fmt::print(err, "holymigrate: warning: {}\n", printable_line(w));
  for (const std::string& e : report.errors)
    fmt::print(err, "holymigrate: error: {}\n", printable_line(e));
  std::fflush(err);
  printer->finish(report);
  std::fflush(out);
  if (output.get()) output.close();
  if (places.on_stderr) fmt::print(err, "{}", text_summary(report));
  return exit_code(report);
}

}  // namespace holymigrate
