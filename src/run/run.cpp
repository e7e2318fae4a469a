#include "run/run.h"

#include <fmt/format.h>
#include <malloc.h>
#include <unistd.h>

#include <optional>

#include "engine/rule_choice.h"
#include "io/interrupt.h"
#include "io/output_file.h"
#include "io/temp_janitor.h"
#include "io/workspace.h"
#include "report/printer.h"
#include "run/migration_commit.h"
#include "run/pipeline.h"
#include "run/review.h"

namespace holymigrate {

int run(const Options& options, std::FILE* out, std::FILE* err) {
  // glibc raises its mmap threshold (up to 32 MiB) whenever a large block is
  // freed; file-sized buffers then come from the per-thread heaps, which keep
  // the memory. A fixed threshold hands every buffer over 1 MiB back to the
  // system when its file is done (the peak RSS bound, docs/performance.md).
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  // The fixed threshold also keeps the trim threshold at 128 KiB: each file
  // buffer freed handed its pages back and the next one faulted them in
  // again (75k page faults on the real-code corpus at -j1). Keeping some
  // memory above each heap's top when it grows or is trimmed cuts that:
  // 4 MiB gave 17k page faults at -j2, 1 MiB gives 25k for about 1% more
  // CPU, and 1.2 MiB less peak RSS (the heaps of both workers keep it;
  // docs/performance.md, sixth round).
  mallopt(M_TOP_PAD, 1 << 20);
  stop_on_signals();
  // Before any thread exists (the progress ticker, the workers).
  bool writes = options.mode == Mode::Write || options.mode == Mode::Commit;
  if (writes) start_temp_janitor();
  RuleSet rules(rules_in_use(options), options.target);
  OutputFile output(options.output_file);
  // With `--patch -` stdout holds the patch alone, so it can be piped to
  // `git apply`; the report goes to stderr.
  PatchOutput patch(options.patch_file, out);
  if (options.patch_file && *options.patch_file == "-") out = err;
  if (output.get()) out = output.get();  // --output: the format goes to FILE
  SummaryPlaces places = summary_places(options.format, options.quiet, output.get() != nullptr,
                                        isatty(fileno(stdout)) != 0, isatty(fileno(err)) != 0);
  if (out == err) places.on_stderr = false;  // `--patch -`: the report is on stderr already
  // -i asks on the terminal: no progress line between its questions.
  Progress progress(err,
                    options.interactive ? ProgressLine::Off : progress_wanted(err, options.quiet));
  PrinterOptions p;
  p.format = options.format;
  p.quiet = options.quiet;
  p.colors = colors_for(options.color, out);
  // -i showed every hunk already: the report lists the files written.
  p.diff_view = options.interactive ? DiffView::Stat : options.diff_view;
  p.summary = places.in_report ? SummaryBlock::Include : SummaryBlock::Omit;
  p.progress = &progress;
  std::unique_ptr<Printer> printer = make_printer(p, out, rules);
  // Diffs and the patch are written as files come in (in path order) and
  // then dropped, rather than held for the whole run.
  auto sink = [&](FileReport& f) {
    patch.write(f.patch);
    std::string().swap(f.patch);
    printer->file(f);
  };
  // --commit checks the repository before reading anything, and writes
  // only once every check passed (docs/behaviour.md §7); so nothing is
  // streamed, the diffs and the patch come out once the commit is made.
  std::optional<CommitPlan> commit;
  if (options.mode == Mode::Commit) commit = prepare_commit(commit_options(options));
  DiskWorkspace disk;
  StagedWorkspace staged(disk);
  Workspace& ws = commit ? static_cast<Workspace&>(staged) : disk;
  PipelineOptions pipeline = pipeline_options(options);
  StreamTerminal terminal(stdin, out);
  if (options.interactive)
    pipeline.review = [&](const std::vector<FileScan>& scans, Plan& plan) {
      review_interactively(ws, options.max_filesize, scans, plan, rules, terminal,
                           colors_for(options.color, out));
    };
  Report report = build_report(ws, pipeline, rules, printer->wants_diff(),
                               commit ? FileSink{} : sink, &progress);
  progress.finish();
  if (commit) {
    commit_edits(*commit, staged, report);
    for (FileReport& f : report.files) sink(f);
  }
  if (std::optional<std::string> failed = patch.finish()) report.errors.push_back(*failed);
  // Whatever went to stdout so far comes before the warnings and errors, so
  // that `2>&1` never splices an error line into a diff.
  std::fflush(out);
  print_problems(report, err);
  std::fflush(err);
  printer->finish(report);
  std::fflush(out);
  if (output.get()) output.close();
  if (places.on_stderr) fmt::print(err, "{}", text_summary(report));
  stop_temp_janitor();
  return exit_code(report);
}

}  // namespace holymigrate
