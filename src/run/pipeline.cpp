#include "run/pipeline.h"

#include <fmt/format.h>
#include <malloc.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <optional>

#include "config/config.h"
#include "engine/scan.h"
#include "migrate/actions.h"
#include "migrate/migrate_file.h"
#include "migrate/patch_base.h"
#include "plan/plan.h"
#include "report/baseline.h"
#include "run/pool.h"
#include "util/shard.h"

namespace holymigrate {
namespace {

// Pass 1 for one file (engine/scan.h): read, scan, let go of the bytes.
struct Scanned {
  std::optional<FileScan> scan;
  std::optional<SkipReason> skipped;
};

std::optional<Scanned> scan_file(Workspace& ws, const FileRef& ref, const PipelineOptions& options,
                                 const RuleSet& rules) {
  ReadFile file = ws.read(ref, options.max_filesize);
  if (file.skipped == SkipReason::Unreadable && !ws.stamp(ref)) {
    // Listed, then gone before it could be read: not a permission problem.
    FileScan gone;
    gone.file = ref;
    gone.error =
        ref.display + ": removed or renamed while the run went on; not migrated — run again";
    return Scanned{std::move(gone), std::nullopt};
  }
  if (file.skipped) return Scanned{std::nullopt, file.skipped};
  FileScan found = scan(file.bytes, ref, rules);
  if (found.empty()) return std::nullopt;
  found.stamp = file.stamp;
  return Scanned{std::move(found), std::nullopt};
}

// Pass 2 for one file (migrate/migrate_file.h): read again only when the
// plan keeps one of its edits, migrate, write under --write (staged under
// --commit: the workspace is a StagedWorkspace then).
FileReport migrate_one(Workspace& ws, const FileScan& scanned, const Plan& planned,
                       const PipelineOptions& options, const RuleSet& rules,
                       const MigrateOptions& m, const std::filesystem::path& patch_root) {
  if (!scanned.error.empty() || !planned.keeps_edits(scanned))
    return migrate_file({}, scanned, planned, rules, m, {}).report;

  // A large file with hits needs a few times its size (edited copy, line
  // index, diff): one at a time, so that peak memory is bounded by one large
  // file rather than one per thread. Large files with hits are rare. Taken
  // before the file is read (its size as pass 1 read it), so that a second
  // large file does not wait here already read.
  static std::mutex large_file;
  std::unique_lock<std::mutex> one_at_a_time(large_file, std::defer_lock);
  if (scanned.stamp.size > (1u << 20)) one_at_a_time.lock();
  ReadFile file = ws.read(scanned.file, options.max_filesize);
  if (file.skipped || file.stamp != scanned.stamp) {
    // The offsets of pass 1 hold only for the bytes pass 1 read.
    FileReport changed;
    changed.path = scanned.file.display;
    changed.write_error =
        scanned.file.display +
        (ws.stamp(scanned.file)
             ? ": changed on disk since it was read; not migrated — run again"
             : ": removed or renamed while the run went on; not migrated — run again");
    return changed;
  }
  std::string in_patch = m.patch
                             ? path_in_patch(scanned.file.display, patch_root, scanned.file.display)
                             : std::string();
  FileOutcome outcome = migrate_file(file.bytes, scanned, planned, rules, m, in_patch);
  std::string().swap(file.bytes);
  FileReport& report = outcome.report;
  if (report.edits.empty()) return std::move(report);
  if (file.encoding != TextEncoding::Utf8) {
    // Migrated as UTF-8, written back in the file's own encoding; every
    // character outside the edits round-trips to the same bytes.
    report.encoding = to_string(file.encoding);
    std::optional<std::string> encoded = to_encoding(outcome.after, file.encoding);
    if (!encoded) {
      report.write_error = scanned.file.display + ": the migrated text cannot be written back in " +
                           report.encoding + "; not migrated — report this file";
      return std::move(report);
    }
    outcome.after = std::move(*encoded);
  }
  if (options.mode == Mode::Write && scanned.stamp.links > 1 &&
      options.hard_links == HardLinks::Refuse) {
    // --commit refuses the whole commit instead (run/migration_commit.cpp).
    report.write_error =
        hard_link_refusal(scanned.file.display, scanned.stamp.links, "not written");
  } else if (options.mode == Mode::Write || options.mode == Mode::Commit) {
    Status written = ws.write(scanned.file, outcome.after, scanned.stamp);
    if (!written) report.write_error = written.error();
  }
  return std::move(report);
}

}  // namespace

std::string hard_link_refusal(std::string_view display, uint64_t links, std::string_view outcome) {
  return fmt::format(
      "{}: hard-linked ({} names for one file); {}, so that its other names do not keep the "
      "old content unnoticed — migrate the file they share by hand, or pass --break-hardlinks "
      "to give this name its own migrated copy",
      display, links, outcome);
}

PipelineOptions pipeline_options(const Options& options) {
  PipelineOptions p;
  p.mode = options.mode;
  p.fail_on = options.fail_on;
  p.threads = options.threads;
  p.discover = {options.paths,        options.includes, options.excludes,
                options.ignore_files, options.also,     options.threads};
  p.max_filesize = options.max_filesize;
  p.patch = options.patch_file.has_value();
  p.baseline_file = options.baseline_file;
  // The patch and the report of an earlier run hold the old URLs, and so
  // does the baseline (a report): never scanned, never edited. Nor are the
  // config file and rule files in use (docs/behaviour.md §8).
  for (const auto* own : {&options.patch_file, &options.output_file, &options.baseline_file})
    if (*own && **own != "-") p.never_input.push_back(**own);
  for (const std::filesystem::path& f : files_in_use(options)) p.never_input.push_back(f.string());
  p.shard_index = options.shard_index;
  p.shard_count = options.shard_count;
  p.hard_links = options.hard_links;
  return p;
}

Report build_report(Workspace& ws, const PipelineOptions& options, const RuleSet& rules, bool diffs,
                    const FileSink& sink, Progress* progress) {
  auto started = std::chrono::steady_clock::now();
  Discovery found = ws.list(options.discover);
  const std::filesystem::path patch_root = patch_base(options.discover.paths, found.git_root);
  ws.drop(found.files, options.never_input);
  Report report;
  Baseline baseline;
  if (options.baseline_file) {
    baseline = load_baseline(*options.baseline_file);
    report.baseline = *options.baseline_file;
  }
  // Temporary files of an interrupted run are never scanned (leftover.h).
  std::erase_if(found.files, [&](const FileRef& f) {
    if (!is_temp_file_name(f.display.substr(f.display.rfind('/') + 1))) return false;
    if (options.mode != Mode::Write)
      report.warnings.push_back(f.display +
                                ": temporary file left by an interrupted run; --write removes it");
    else if (ws.remove_leftover(f) == LeftoverRemoval::Removed)
      report.warnings.push_back(f.display +
                                ": removed a temporary file left by an interrupted run");
    else
      report.warnings.push_back(
          f.display +
          ": temporary file of another run still in progress (or not removable); left alone");
    return true;
  });

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
    return options.shard_count <= 1 ||
           shard_of(f.display, options.shard_count) == options.shard_index;
  };

  if (progress) progress->set_total(n);
  // Pass 1: every file, in parallel; only what was found is kept.
  std::vector<FileScan> scans;
  const size_t scanned = run_in_order<Scanned>(
      n, options.threads,
      [&](size_t i) {
        std::optional<Scanned> s = scan_file(ws, found.files[i], options, rules);
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

  // Files a default skip leaves out are scanned only to say what they hold
  // (docs/behaviour.md §2): counted, never planned, edited or reported as files.
  std::erase_if(found.default_excluded,
                [&](const Discovery::Excluded& e) { return !mine(e.file); });
  run_in_order<Skipped>(
      found.default_excluded.size(), options.threads,
      [&](size_t i) -> std::optional<Skipped> {
        const Discovery::Excluded& e = found.default_excluded[i];
        Skipped out{e.file.display, SkipReason::DefaultExcluded, e.include};
        ReadFile file = ws.read(e.file, options.max_filesize);
        if (file.skipped) return out;
        FileScan held = scan(file.bytes, e.file, rules);
        out.edits = held.edits.size();
        out.findings = held.findings.size();
        return out;
      },
      [&](size_t, std::optional<Skipped>& s) { report.skipped.push_back(std::move(*s)); },
      [&](size_t i) { return found.default_excluded[i].file.display; });

  // From here on only the files with hits (scans) are needed: the list of
  // every file (about 180 bytes a file with its paths) is let go, and the
  // free pages of every heap are handed back, before pass 2 holds large
  // files next to the report (the peak RSS of a run, docs/performance.md).
  std::vector<FileRef>().swap(found.files);
  std::vector<Discovery::Excluded>().swap(found.default_excluded);
  malloc_trim(0);

  MigrateOptions m;
  m.diff = diffs;  // only the printers that show diffs ask for them
  m.patch = options.patch;
  // The whole project at once (docs/behaviour.md §11).
  Plan planned = plan(scans, plan_options(rules));
  std::erase_if(scans, [&](const FileScan& f) { return !mine(f.file); });
  if (options.review) options.review(scans, planned);

  // Pass 2: files with something to report or change, in path order; each
  // file's scan is let go once it is reported.
  const size_t migrated = run_in_order<FileReport>(
      scans.size(), options.threads,
      [&](size_t j) -> std::optional<FileReport> {
        return migrate_one(ws, scans[j], planned, options, rules, m, patch_root);
      },
      [&](size_t j, std::optional<FileReport>& f) {
        scans[j] = FileScan();  // let go of it: it is in the report now
        if (!f) return;
        if (!f->encoding.empty() && !f->patch.empty()) {
          // A text patch holds UTF-8 lines: it would not apply to UTF-16 bytes.
          f->patch.clear();
          report.warnings.push_back(f->path + ": " + f->encoding +
                                    " file left out of the patch (a text patch cannot "
                                    "express it); --write migrates it");
        }
        if (!f->write_error.empty()) {
          report.errors.push_back(f->write_error);
        } else if (!f->edits.empty()) {
          ++report.summary.files_changed;
          for (const EditReport& e : f->edits) ++report.summary.edits_by_rule[e.rule];
        }
        // --baseline (docs/behaviour.md §5.5): a finding the baseline holds
        // is counted, not reported.
        if (!baseline.empty())
          report.summary.baselined += std::erase_if(f->findings, [&](const FindingReport& x) {
            return baseline.contains(x.fingerprint);
          });
        for (const FindingReport& x : f->findings)
          ++report.summary.findings_by_severity[to_string(x.severity)];
        actions.insert(actions.end(), f->actions.begin(), f->actions.end());
        if (f->edits.empty() && f->findings.empty() && f->write_error.empty()) return;
        if (sink) sink(*f);
        report.files.push_back(std::move(*f));
      },
      [&](size_t j) { return scans[j].file.display; });
  // Each folder written in is flushed to disk once, now that its last file
  // is written (also when a signal stopped pass 2 early): the renames are
  // durable before the report says they were made (docs/behaviour.md §6).
  for (std::string& e : ws.sync_written()) report.errors.push_back(std::move(e));
  // Files before this one are either unchanged or fully migrated.
  const size_t emitted = migrated < scans.size() ? scans[migrated].index : scanned;

  if (int sig = stop_requested())
    report.errors.push_back(fmt::format(
        "stopped by {}: {} of {} files not processed (every file is either unchanged or "
        "fully migrated); run again to finish",
        sigabbrev_np(sig) ? fmt::format("SIG{}", sigabbrev_np(sig)) : std::to_string(sig),
        n - emitted, n));
  // Git-ignored env files are read only for action items (docs/behaviour.md §4.5); the
  // first shard reports them.
  for (const FileRef& env : found.ignored_env_files) {
    if (options.shard_index != 1) break;
    ReadFile file = ws.read(env, options.max_filesize);
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

}  // namespace holymigrate
