// Printers (report/printer.h): what each format prints as files arrive and at
// the end, and what it asks the pipeline to compute.
#include "report/printer.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "report_fixture.h"

using namespace holymigrate;

namespace {

// A FILE* writing into memory; text() flushes and returns what was written.
class Capture {
 public:
  Capture() : file_(open_memstream(&buffer_, &size_)) {}
  ~Capture() {
    std::fclose(file_);
    std::free(buffer_);
  }
  std::FILE* get() { return file_; }
  std::string text() {
    std::fflush(file_);
    return std::string(buffer_, size_);
  }

 private:
  char* buffer_ = nullptr;
  size_t size_ = 0;
  std::FILE* file_;
};

}  // namespace

TEST_CASE("the text printer streams each diff as its file arrives, then the rest") {
  Capture out;
  PrinterOptions o;
  auto printer = make_printer(o, out.get(), testing::sample_rules());
  CHECK(printer->wants_diff());
  Report r = testing::sample_report(Mode::DryRun);
  r.files[0].diff = "diff --git a/x b/x\n";
  printer->file(r.files[0]);
  CHECK(out.text() == "diff --git a/x b/x\n");
  CHECK(r.files[0].diff.empty());  // printed and let go
  printer->file(r.files[1]);
  printer->finish(r);
  std::string all = out.text();
  CHECK(all.find("hardcoded-key") != std::string::npos);
  CHECK(all.find("diff --git a/x b/x\n", 1) == std::string::npos);  // not printed twice
}

TEST_CASE("the quiet text printer prints one line per finding and no diff") {
  Capture out;
  PrinterOptions o;
  o.quiet = true;
  auto printer = make_printer(o, out.get(), testing::sample_rules());
  CHECK_FALSE(printer->wants_diff());
  Report r = testing::sample_report(Mode::DryRun);
  r.files[0].diff = "diff --git a/x b/x\n";
  printer->file(r.files[0]);
  CHECK(out.text().empty());
  printer->finish(r);
  CHECK(out.text() ==
        "app/a,b:c.py:7:5: error[hardcoded-key]: hard-coded API key sk-pro…: 100% sure\nsecond "
        "line\n"
        "web/ü.js:2:5: warning[azure-endpoint]: Azure, really: yes\n");
}

TEST_CASE("document formats print once, at the end, and want no diff") {
  for (Format f : {Format::Json, Format::Sarif, Format::Github}) {
    CAPTURE(static_cast<int>(f));
    Capture out;
    PrinterOptions o;
    o.format = f;
    auto printer = make_printer(o, out.get(), testing::sample_rules());
    CHECK_FALSE(printer->wants_diff());
    Report r = testing::sample_report(Mode::Check);
    printer->file(r.files[0]);
    CHECK(out.text().empty());
    printer->finish(r);
    CHECK(out.text().find("openai-endpoint") != std::string::npos);
  }
}
