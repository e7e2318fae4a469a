// docs/behaviour.md §10 text report: --stat, grouped findings, the --check
// verdict, action items phrased for the mode, and where the summary goes.
#include "report/report_text.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "report_fixture.h"

using namespace holymigrate;

namespace {

FindingReport finding(const char* rule, Severity severity, size_t line, const char* message) {
  return {rule, severity, {line, 1, 1}, {line, 2, 2}, message, "x"};
}

}  // namespace

TEST_CASE("text: --check ends with one verdict line") {
  struct Row {
    size_t edits, files, errors, warnings;
    FailOn fail_on;
    size_t run_errors;
    const char* verdict;
  };
  const Row rows[] = {
      {0, 0, 0, 0, FailOn::Error, 0, "check passed\n"},
      {0, 0, 0, 3, FailOn::Error, 0, "check passed\n"},
      {43, 12, 1, 0, FailOn::Error, 0,
       "check failed: 43 pending edits in 12 files, 1 error finding\n"},
      {1, 1, 0, 0, FailOn::Error, 0, "check failed: 1 pending edit in 1 file\n"},
      {0, 0, 2, 0, FailOn::None, 0, "check passed\n"},
      {0, 0, 0, 2, FailOn::Warning, 0, "check failed: 2 warning findings\n"},
      {0, 0, 0, 0, FailOn::Error, 1, "check failed: 1 run error\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.verdict);
    Report report;
    report.mode = Mode::Check;
    report.fail_on = r.fail_on;
    if (r.edits) report.summary.edits_by_rule["openai-endpoint"] = r.edits;
    report.summary.files_changed = r.files;
    if (r.errors) report.summary.findings_by_severity["error"] = r.errors;
    if (r.warnings) report.summary.findings_by_severity["warning"] = r.warnings;
    report.errors.assign(r.run_errors, "x: failed");
    CHECK(check_verdict(report) == r.verdict);
    CHECK(text_summary(report).ends_with(r.verdict));
  }
  Report dry = testing::sample_report(Mode::DryRun);
  CHECK(check_verdict(dry).empty());
}

TEST_CASE("text: --stat prints one aligned line per edited file and a total") {
  Report report = testing::sample_report(Mode::DryRun);
  FileReport c;
  c.path = "b.py";
  c.edits = report.files[0].edits;
  c.edits.push_back(c.edits[0]);
  report.files.push_back(c);
  CHECK(stat_text(report) ==
        " app/a,b:c.py | 1 edit\n"
        " b.py         | 2 edits\n"
        " 2 files to edit, 3 edits\n");
  report.mode = Mode::Write;
  CHECK(stat_text(report).ends_with(" 2 files changed, 3 edits\n"));
  CHECK(stat_text(Report{}).empty());
}

TEST_CASE("text: identical findings are grouped, three locations shown, errors all") {
  Report report;
  for (int i = 0; i < 5; ++i) {
    FileReport f;
    f.path = "f" + std::to_string(i) + ".py";
    f.findings.push_back(
        finding("anthropic-sdk", Severity::Warning, 1, "the Anthropic SDK is in use"));
    f.findings.push_back(
        finding("hardcoded-key", Severity::Error, 2, "hard-coded API key sk-pro…"));
    report.files.push_back(f);
  }
  report.files[2].findings.push_back(finding("azure-endpoint", Severity::Warning, 9, "Azure"));
  CHECK(findings_text(report) ==
        "warning[anthropic-sdk] ×5: the Anthropic SDK is in use\n"
        "  f0.py:1:1\n"
        "  f1.py:1:1\n"
        "  f2.py:1:1\n"
        "  … and 2 more (--format json lists every one)\n"
        "error[hardcoded-key] ×5: hard-coded API key sk-pro…\n"
        "  f0.py:2:1\n"
        "  f1.py:2:1\n"
        "  f2.py:2:1\n"
        "  f3.py:2:1\n"
        "  f4.py:2:1\n"
        "f2.py:9:1: warning[azure-endpoint]: Azure\n");
}

TEST_CASE("text: action items say 'after migrating' until the edits are applied") {
  Report report;
  report.summary.actions = {"create the repository secret HOLYSHEEP_API_KEY (referenced in ci.yml)",
                            ".env: rename OPENAI_API_KEY to HOLYSHEEP_API_KEY"};
  for (Mode mode : {Mode::DryRun, Mode::Check}) {
    report.mode = mode;
    std::string s = text_summary(report);
    CHECK(s.find("  - after migrating, create the repository secret HOLYSHEEP_API_KEY") !=
          std::string::npos);
    CHECK(s.find("  - .env: rename OPENAI_API_KEY") != std::string::npos);
  }
  report.mode = Mode::Write;
  CHECK(text_summary(report).find("  - create the repository secret") != std::string::npos);
}

TEST_CASE("text: the headline tells a failed run from a clean one") {
  Report report;
  report.mode = Mode::Write;
  CHECK(text_summary(report).starts_with("Summary (written in place)\n"));
  report.errors = {"a: failed", "b: failed"};
  CHECK(text_summary(report).starts_with(
      "Summary (write FAILED: 2 errors, listed above; every other file was written in place)\n"));
  report.mode = Mode::DryRun;
  CHECK(text_summary(report).starts_with("Summary (dry run FAILED: 2 errors"));
}

TEST_CASE("text: the summary reaches the terminal unless -q") {
  struct Row {
    Format format;
    bool quiet, output_file, stdout_tty, stderr_tty;
    bool in_report, on_stderr;
  };
  const Row rows[] = {
      // text on a terminal: in the report only
      {Format::Text, false, false, true, true, true, false},
      // `> /dev/null` at a terminal: stderr too
      {Format::Text, false, false, false, true, true, true},
      // both redirected (CI logs, 2>&1): once, in the report
      {Format::Text, false, false, false, false, true, false},
      // --output FILE: the file and stderr
      {Format::Text, false, true, true, true, true, true},
      // a machine format on stdout: stderr
      {Format::Json, false, false, true, true, false, true},
      {Format::Sarif, false, false, false, false, false, true},
      {Format::Github, false, true, false, false, false, true},
      // -q: nowhere
      {Format::Text, true, false, false, true, false, false},
      {Format::Json, true, true, false, true, false, false},
  };
  for (const Row& r : rows) {
    CAPTURE(static_cast<int>(r.format));
    CAPTURE(r.stdout_tty);
    SummaryPlaces p = summary_places(r.format, r.quiet, r.output_file, r.stdout_tty, r.stderr_tty);
    CHECK(p.in_report == r.in_report);
    CHECK(p.on_stderr == r.on_stderr);
  }
}

TEST_CASE("text: a default-excluded file is listed under its skipped folder or its own") {
  struct Row {
    const char* display;
    const char* include;
    const char* group;
  };
  const Row rows[] = {
      {"third_party/lib/b.py", "third_party/**", "third_party/"},
      {"app/libs/vendor/x.py", "libs/vendor/**", "app/libs/vendor/"},
      {"vendor/a/vendor/b.py", "vendor/**", "vendor/"},
      {"xvendor/vendor/b.py", "vendor/**", "xvendor/vendor/"},
      {"docs/CHANGELOG.md", "docs/CHANGELOG.md", "docs/"},
      {"NEWS.md", "NEWS.md", "./"},
      {"web/dist/app.min.js", "dist/*.min.js", "web/dist/"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.display);
    CHECK(skip_group(r.display, r.include) == r.group);
  }
}

TEST_CASE("text: default-excluded files holding edits are named per folder with the include") {
  Report r;
  auto skipped = [](const char* path, const char* include, size_t edits, size_t findings) {
    Skipped s(path, SkipReason::DefaultExcluded, include);
    s.edits = edits;
    s.findings = findings;
    return s;
  };
  r.skipped = {skipped("CHANGELOG.md", "CHANGELOG.md", 2, 0), skipped("node_modules/", "", 0, 0),
               skipped("third_party/a.py", "third_party/**", 1, 1),
               skipped("third_party/b.py", "third_party/**", 3, 0),
               skipped("third_party/c.py", "third_party/**", 0, 0)};
  CHECK(skipped_by_default_text(r) ==
        "Skipped by default, yet holding edits or findings (the --also shown brings them back)\n"
        "  ./            1 file: 2 edits              --also 'CHANGELOG.md'\n"
        "  third_party/  2 files: 4 edits, 1 finding  --also 'third_party/**'\n");
  r.skipped.resize(2);
  r.skipped[0].edits = 0;
  CHECK(skipped_by_default_text(r).empty());
}

TEST_CASE("text: files too large to read are named, at most ten") {
  Report r;
  CHECK(too_large_text(r).empty());
  r.skipped = {Skipped("a.png", SkipReason::Binary), Skipped("data/big.json", SkipReason::TooLarge),
               Skipped("dump.sql", SkipReason::TooLarge)};
  CHECK(too_large_text(r) ==
        "Not read, larger than --max-filesize (a larger --max-filesize reads them)\n"
        "  data/big.json\n"
        "  dump.sql\n");
  r.skipped.clear();
  for (int i = 0; i < 12; ++i)
    r.skipped.emplace_back(fmt::format("f{:02}.json", i), SkipReason::TooLarge);
  std::string text = too_large_text(r);
  CHECK(text.find("  f09.json\n  … and 2 more (--format json lists every one)\n") !=
        std::string::npos);
  CHECK(text.find("f10.json") == std::string::npos);
}

TEST_CASE("text: colour marks the changed part of a replaced line in inverse video") {
  struct Row {
    const char* patch;
    const char* want;
  };
  const Row rows[] = {
      // One removed line and its replacement: common prefix and suffix kept
      // plain, the middle inverse.
      {"@@ -1 +1 @@\n-url = \"https://api.openai.com/v1\"\n+url = "
       "\"https://api.holysheep.ai/v1\"\n",
       "\x1b[36m@@ -1 +1 @@\x1b[0m\n"
       "\x1b[31m-url = \"https://api.\x1b[7mopenai.com\x1b[27m/v1\"\x1b[0m\n"
       "\x1b[32m+url = \"https://api.\x1b[7mholysheep.ai\x1b[27m/v1\"\x1b[0m\n"},
      // Two pairs, a context line between runs.
      {"@@ -1,3 +1,3 @@\n-A=1\n-B=1\n+A=2\n+B=2\n c\n",
       "\x1b[36m@@ -1,3 +1,3 @@\x1b[0m\n"
       "\x1b[31m-A=\x1b[7m1\x1b[27m\x1b[0m\n\x1b[31m-B=\x1b[7m1\x1b[27m\x1b[0m\n"
       "\x1b[32m+A=\x1b[7m2\x1b[27m\x1b[0m\n\x1b[32m+B=\x1b[7m2\x1b[27m\x1b[0m\n c\n"},
      // Runs of different lengths: whole lines coloured, nothing paired.
      {"@@ -1,2 +1 @@\n-a1\n-a2\n+a3\n",
       "\x1b[36m@@ -1,2 +1 "
       "@@\x1b[0m\n\x1b[31m-a1\x1b[0m\n\x1b[31m-a2\x1b[0m\n\x1b[32m+a3\x1b[0m\n"},
      // Nothing in common: whole lines.
      {"@@ -1 +1 @@\n-abc\n+xyz\n",
       "\x1b[36m@@ -1 +1 @@\x1b[0m\n\x1b[31m-abc\x1b[0m\n\x1b[32m+xyz\x1b[0m\n"},
      // é (C3 A9) and è (C3 A8) share a first byte: the mark never splits a
      // character.
      {"@@ -1 +1 @@\n-é!\n+è!\n",
       "\x1b[36m@@ -1 +1 @@\x1b[0m\n\x1b[31m-\x1b[7mé\x1b[27m!\x1b[0m\n"
       "\x1b[32m+\x1b[7mè\x1b[27m!\x1b[0m\n"},
      // Header lines stay bold, also those starting with --- and +++.
      {"diff --git a/x b/x\n--- a/x\n+++ b/x\n",
       "\x1b[1mdiff --git a/x b/x\x1b[0m\n\x1b[1m--- a/x\x1b[0m\n\x1b[1m+++ b/x\x1b[0m\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.patch);
    CHECK(colorize_diff(r.patch) == r.want);
  }
}
