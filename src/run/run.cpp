#include "run/run.h"

#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <signal.h>
#include <thread>

#include "migrate/actions.h"
#include "io/atomic_file.h"
#include "config/config.h"
#include "engine/scan.h"
#include "migrate/migrate_file.h"
#include "util/error.h"
#include "io/file_io.h"
#include "run/migration_commit.h"
#include "io/output_file.h"
#include "migrate/patch_base.h"
#include "plan/plan.h"
#include "report/progress.h"
#include "run/pool.h"
#include "io/interrupt.h"
#include "io/leftover.h"
#include "util/quote_path.h"
#include "util/redact.h"
#include "report/printer.h"
#include "util/shard.h"
#include "engine/rule_file.h"
#include "util/suggest.h"

namespace holymigrate {
namespace {

// Pass 1 for one file (engine/scan.h): read, scan, let go of the bytes.
struct Scanned {
  std::optional<FileScan> scan;
  std::optional<SkipReason> skipped;
};

std::optional<Scanned> scan_file(const FileRef& ref, const Options& options, const RuleSet& rules) {
  ReadFile file = read_file(ref.path, options.max_filesize);
  if (file.skipped == SkipReason::Unreadable && !stamp_of(ref.path)) {
    // Listed, then gone before it could be read: not a permission problem.
    FileScan gone;
    gone.file = ref;
    gone.error = ref.display + ": removed or renamed while the run went on; not migrated — run again";
    return Scanned{std::move(gone), std::nullopt};
  }
  if (file.skipped) return Scanned{std::nullopt, file.skipped};
  FileScan found = scan(file.bytes, ref, rules);
  if (found.empty()) return std::nullopt;
  found.stamp = file.stamp;
  return Scanned{std::move(found), std::nullopt};
}

// Pass 2 for one file (migrate/migrate_file.h): read again only when the
// plan keeps one of its edits, migrate, write under --write.
FileReport migrate_one(const FileScan& scanned, const Plan& planned, const Options& options,
                       const RuleSet& rules, const MigrateOptions& m,
                       const std::filesystem::path& patch_root) {
  if (!scanned.error.empty() || !planned.keeps_edits(scanned))
    return migrate_file({}, scanned, planned, rules, m, {}).report;

  ReadFile file = read_file(scanned.file.path, options.max_filesize);
  if (file.skipped || file.stamp != scanned.stamp) {
    // The offsets of pass 1 hold only for the bytes pass 1 read.
    FileReport changed;
    changed.path = scanned.file.display;
    changed.write_error = scanned.file.display +
                          (stamp_of(scanned.file.path)
                               ? ": changed on disk since it was read; not migrated — run again"
                               : ": removed or renamed while the run went on; not migrated — run again");
    return changed;
  }
  // A large file with hits needs a few times its size (edited copy, line
  // index, diff): one at a time, so that peak memory is bounded by one large
  // file rather than one per thread. Large files with hits are rare.
  static std::mutex large_file;
  std::unique_lock<std::mutex> one_at_a_time(large_file, std::defer_lock);
  if (file.bytes.size() > (1u << 20)) one_at_a_time.lock();
  std::string in_patch = m.diff || m.patch
                             ? path_in_patch(scanned.file.path, patch_root, scanned.file.display)
                             : std::string();
  FileOutcome outcome = migrate_file(file.bytes, scanned, planned, rules, m, in_patch);
  std::string().swap(file.bytes);
  FileReport& report = outcome.report;
  if (report.edits.empty()) return std::move(report);
  if (options.mode == Mode::Write) {
    Status written = write_atomic(scanned.file.path, outcome.after, scanned.stamp);
    if (!written) report.write_error = written.error();
  } else if (options.mode == Mode::Commit) {
    report.pending = PendingWrite{scanned.file.path, std::move(outcome.after), scanned.stamp};
  }
  return std::move(report);
}

// The config file and rule files in use are never read as input, so never
// rewritten (SPEC §8). Only a file with the same name is compared on disk.
void drop_files_in_use(std::vector<FileRef>& files, const std::vector<std::filesystem::path>& in_use) {
  if (in_use.empty()) return;
  std::erase_if(files, [&](const FileRef& f) {
    return std::any_of(in_use.begin(), in_use.end(), [&](const std::filesystem::path& p) {
      std::error_code ec;
      return std::filesystem::path(f.path).filename() == p.filename() && std::filesystem::equivalent(f.path, p, ec);
    });
  });
}

}  // namespace

Report build_report(const Options& options, const RuleSet& rules, bool diffs,
                    const FileSink& sink, Progress* progress) {
  auto started = std::chrono::steady_clock::now();
  DiscoverOptions d;
  d.paths = options.paths;
  d.includes = options.includes;
  d.excludes = options.excludes;
  d.ignore_files = options.ignore_files;
  Discovery found = discover(d);
  const std::filesystem::path patch_root = patch_base(options.paths, found.git_root);
  if (options.patch_file && *options.patch_file != "-") {
    // The patch of an earlier run holds the old URLs: never scan (and edit) it.
    std::error_code ec;
    auto own = std::filesystem::weakly_canonical(*options.patch_file, ec);
    std::erase_if(found.files, [&](const FileRef& f) {
      std::error_code e;
      return !ec && std::filesystem::path(f.path).filename() == own.filename() &&
             std::filesystem::weakly_canonical(f.path, e) == own;
    });
  }
  // The report of an earlier run holds the old URLs too (output_file.h).
  if (options.output_file) drop_own_outputs(found.files, {*options.output_file});
  Report report;
  // Temporary files of an interrupted run are never scanned (leftover.h).
  std::erase_if(found.files, [&](const FileRef& f) {
    if (!is_temp_file_name(f.path.substr(f.path.rfind('/') + 1))) return false;
    if (options.mode != Mode::Write)
      report.warnings.push_back(f.display + ": temporary file left by an interrupted run; --write removes it");
    else if (remove_leftover(f.path) == LeftoverRemoval::Removed)
      report.warnings.push_back(f.display + ": removed a temporary file left by an interrupted run");
    else
      report.warnings.push_back(f.display + ": temporary file of another run still in progress (or not removable); left alone");
    return true;
  });
  drop_files_in_use(found.files, files_in_use(options));

  const size_t n = found.files.size();
  std::vector<ActionItem> actions;
  report.mode = options.mode;
  report.fail_on = options.fail_on;
  report.skipped = std::move(found.skipped);
  if (options.shard_count > 1)
    std::erase_if(report.skipped, [&](const Skipped& sk) {
      return shard_of(sk.display, options.shard_count) != options.shard_index;
    });

  // --shard K/N: this run reports and migrates only the files of shard K.
  auto mine = [&](const FileRef& f) {
    return options.shard_count <= 1 || shard_of(f.display, options.shard_count) == options.shard_index;
  };
  if (progress) progress->set_total(n);
  // Pass 1: every file, in parallel; only what was found is kept.
  std::vector<FileScan> scans;
  const size_t scanned = run_in_order<Scanned>(
      n, options.threads,
      [&](size_t i) {
        std::optional<Scanned> s = scan_file(found.files[i], options, rules);
        if (s && s->scan) s->scan->index = i;
        if (progress) progress->file_done(s && s->scan ? s->scan->edits.size() : 0);
        return s;
      },
      [&](size_t i, std::optional<Scanned>& s) {
        // Every shard scans (and plans with) every file; each reports only
        // its own (docs/behaviour.md §12).
        if (s && s->scan) scans.push_back(std::move(*s->scan));
        if (!mine(found.files[i])) return;
        if (s && s->skipped) {
          report.skipped.push_back({found.files[i].display, *s->skipped});
          return;
        }
        ++report.summary.files_read;
      },
      [&](size_t i) { return found.files[i].display; });

  MigrateOptions m;
  m.diff = diffs;  // only the printers that show diffs ask for them
  m.patch = options.patch_file.has_value();
  // The whole project at once (docs/behaviour.md §11).
  const Plan planned = plan(scans, plan_options(rules));
  std::erase_if(scans, [&](const FileScan& f) { return !mine(f.file); });

  // Pass 2: files with something to report or change, in path order; each
  // file's scan is let go once it is reported.
  const size_t migrated = run_in_order<FileReport>(
      scans.size(), options.threads,
      [&](size_t j) -> std::optional<FileReport> {
        return migrate_one(scans[j], planned, options, rules, m, patch_root);
      },
      [&](size_t j, std::optional<FileReport>& f) {
        scans[j] = FileScan();  // let go of it: it is in the report now
        if (!f) return;
        if (!f->write_error.empty()) {
          report.errors.push_back(f->write_error);
        } else if (!f->edits.empty()) {
          ++report.summary.files_changed;
          for (const EditReport& e : f->edits) ++report.summary.edits_by_rule[e.rule];
        }
        for (const FindingReport& x : f->findings)
          ++report.summary.findings_by_severity[to_string(x.severity)];
        actions.insert(actions.end(), f->actions.begin(), f->actions.end());
        if (f->edits.empty() && f->findings.empty() && f->write_error.empty()) return;
        if (sink) sink(*f);
        report.files.push_back(std::move(*f));
      },
      [&](size_t j) { return scans[j].file.display; });
  // Files before this one are either unchanged or fully migrated.
  const size_t emitted = migrated < scans.size() ? scans[migrated].index : scanned;

  if (int sig = stop_requested())
    report.errors.push_back(fmt::format(
        "stopped by {}: {} of {} files not processed (every file is either unchanged or "
        "fully migrated); run again to finish",
        sigabbrev_np(sig) ? fmt::format("SIG{}", sigabbrev_np(sig)) : std::to_string(sig),
        n - emitted, n));
  // Git-ignored env files are read only for action items (SPEC §4.5); the
  // first shard reports them.
  for (const FileRef& env : found.ignored_env_files) {
    if (options.shard_index != 1) break;
    ReadFile file = read_file(env.path, options.max_filesize);
    if (file.skipped) continue;
    for (ActionItem& a : env_file_actions(env.display, file.bytes, rules))
      actions.push_back(std::move(a));
  }
  report.summary.actions = finish_actions(actions);
  report.summary.action_items = std::move(actions);
  std::sort(report.skipped.begin(), report.skipped.end(),
            [](const Skipped& a, const Skipped& b) { return a.display < b.display; });
  for (const Skipped& s : report.skipped) ++report.summary.skipped_by_reason[to_string(s.reason)];
  report.summary.elapsed_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

int exit_code(const Report& report) {
  if (!report.errors.empty()) return 2;
  if (report.mode == Mode::Check) {
    if (report.summary.edits() > 0) return 1;
    auto count = [&](const char* severity) {
      auto it = report.summary.findings_by_severity.find(severity);
      return it == report.summary.findings_by_severity.end() ? size_t{0} : it->second;
    };
    if (report.fail_on != FailOn::None && count("error") > 0) return 1;
    if (report.fail_on == FailOn::Warning && count("warning") > 0) return 1;
  }
  return 0;
}

namespace {

bool use_colors(const Options& options, std::FILE* out) {
  switch (options.color) {
    case ColorChoice::Always: return true;
    case ColorChoice::Never: return false;
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
  for (const auto& [list, flag] : {std::pair{&options.only, "--only"}, std::pair{&options.skip, "--skip"}}) {
    for (const std::string& id : *list) {
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      auto origin = options.skip_origins.find(id);
      std::string where = list == &options.skip && origin != options.skip_origins.end()
                              ? origin->second + ": skip"
                              : std::string(flag);
      unknown.push_back(fmt::format("{}: unknown rule id \"{}\"{}; `holymigrate rules list` shows them",
                                    where, id, did_you_mean(id, ids)));
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

}  // namespace

std::vector<Rule> rules_in_use(const Options& options) {
  return select_rules(load_rules(options.default_rules, options.rule_paths, options.config_rules),
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
  SummaryPlaces places =
      summary_places(options.format, options.quiet, output.get() != nullptr,
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
  // only once every check passed (SPEC §7); so nothing is streamed, the diffs
  // and the patch come out once the commit is made.
  std::optional<CommitPlan> commit;
  if (options.mode == Mode::Commit) commit = prepare_commit(options);
  Report report =
      build_report(options, rules, printer->wants_diff(), commit ? FileSink{} : sink, &progress);
  progress.finish();
  if (commit) {
    commit_edits(*commit, report, options);
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
      report.errors.push_back(fmt::format(
          "{}: cannot be read (permission denied); not migrated — fix its permissions and run again",
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
