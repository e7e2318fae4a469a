#include "report/printer.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "report/report_github.h"
#include "report/report_json.h"
#include "report/report_sarif.h"
#include "util/quote_path.h"

namespace holymigrate {
namespace {

// The default: diffs as files come in, then findings and the summary.
class TextPrinter : public Printer {
 public:
  TextPrinter(const PrinterOptions& options, std::FILE* out) : options_(options), out_(out) {}
  bool wants_diff() const override {
    return !options_.quiet && options_.diff_view == DiffView::Hunks;
  }
  void file(FileReport& f) override {
    if (options_.quiet || f.diff.empty()) return;
    if (options_.progress) options_.progress->interrupt();
    fmt::print(out_, "{}", options_.colors == Colors::On ? colorize_diff(f.diff) : f.diff);
    wrote_diffs_ = true;
    std::string().swap(f.diff);
  }
  void finish(const Report& report) override {
    if (!options_.quiet) {
      DiffSection diffs = options_.diff_view == DiffView::Stat ? DiffSection::Stat
                          : wrote_diffs_                       ? DiffSection::Written
                                                               : DiffSection::None;
      write_text_report(report, options_.colors, out_, diffs, options_.summary);
      return;
    }
    for (const FileReport& f : report.files)
      for (const FindingReport& x : f.findings)
        fmt::print(out_, "{}:{}:{}: {}[{}]: {}\n", quote_path(f.path), x.begin.line, x.begin.column,
                   to_string(x.severity), x.rule, x.message);
  }

 private:
  PrinterOptions options_;
  std::FILE* out_;
  bool wrote_diffs_ = false;
};

// SARIF and GitHub commands are one document each: printed at the end.
class DocumentPrinter : public Printer {
 public:
  using Render = std::string (*)(const Report&, const RuleSet&);
  DocumentPrinter(Render render, std::FILE* out, const RuleSet& rules)
      : render_(render), out_(out), rules_(rules) {}
  void finish(const Report& report) override { fmt::print(out_, "{}", render_(report, rules_)); }

 private:
  Render render_;
  std::FILE* out_;
  const RuleSet& rules_;
};

// JSON: each file's entry is rendered as the file comes in, and the file's
// edits and findings let go (the summary counted them already): a report of
// a hundred thousand edits is not held twice, as reports and as a document.
class JsonPrinter : public Printer {
 public:
  explicit JsonPrinter(std::FILE* out) : out_(out) {}
  void file(FileReport& f) override {
    writer_.file(f);
    std::vector<EditReport>().swap(f.edits);
    std::vector<FindingReport>().swap(f.findings);
  }
  void finish(const Report& report) override { writer_.finish(report, out_); }

 private:
  JsonReportWriter writer_;
  std::FILE* out_;
};

}  // namespace

std::unique_ptr<Printer> make_printer(const PrinterOptions& options, std::FILE* out,
                                      const RuleSet& rules) {
  switch (options.format) {
    case Format::Json:
      return std::make_unique<JsonPrinter>(out);
    case Format::Sarif:
      return std::make_unique<DocumentPrinter>(sarif_report, out, rules);
    case Format::Github:
      return std::make_unique<DocumentPrinter>(github_report, out, rules);
    case Format::Text:
      break;
  }
  return std::make_unique<TextPrinter>(options, out);
}

Colors colors_for(ColorChoice choice, std::FILE* out) {
  switch (choice) {
    case ColorChoice::Always:
      return Colors::On;
    case ColorChoice::Never:
      return Colors::Off;
    case ColorChoice::Auto: {
      const char* no_color = std::getenv("NO_COLOR");
      if (no_color && *no_color) return Colors::Off;
      return isatty(fileno(out)) != 0 ? Colors::On : Colors::Off;
    }
  }
  return Colors::Off;
}

void print_problems(Report& report, std::FILE* err) {
  for (const Skipped& s : report.skipped) {
    if (s.reason == SkipReason::Unreadable && report.mode == Mode::Write)
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
}

}  // namespace holymigrate
