// --format json (docs/behaviour.md §10): the document as nlohmann prints it,
// and the streamed writer printing the same bytes.
#include "report/report_json.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

using namespace holymigrate;

namespace {

FileReport file(const std::string& path, size_t edits, size_t findings) {
  FileReport f;
  f.path = path;
  for (size_t i = 0; i < edits; ++i)
    f.edits.push_back({"openai-endpoint",
                       {i + 1, 5, 4},
                       {i + 1, 30, 29},
                       "https://api.openai.com/v1",
                       "https://api.holysheep.ai/v1",
                       "fp" + std::to_string(i)});
  for (size_t i = 0; i < findings; ++i)
    f.findings.push_back({"azure-endpoint",
                          Severity::Warning,
                          {i + 1, 1, 1},
                          {i + 1, 9, 8},
                          "an Azure host \"quoted\"\nsecond line",
                          "x.openai.azure.com",
                          "fq" + std::to_string(i)});
  return f;
}

Report report_of(std::vector<FileReport> files) {
  Report r;
  r.mode = Mode::Check;
  r.files = std::move(files);
  r.summary.files_read = 4;
  r.summary.edits_by_rule["openai-endpoint"] = 1;
  r.summary.findings_by_severity["warning"] = 1;
  r.summary.elapsed_seconds = 0.25;
  r.skipped.push_back({"b.png", SkipReason::Binary});
  r.errors.push_back("one error");
  return r;
}

// What nlohmann prints for the same document, read back in order.
std::string redumped(const std::string& text) {
  using json = nlohmann::ordered_json;
  return json::parse(text).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string streamed(const Report& r) {
  JsonReportWriter w;
  for (const FileReport& f : r.files) w.file(f);
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  w.finish(r, out);
  std::string text;
  std::rewind(out);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, out)) > 0) text.append(buf, n);
  std::fclose(out);
  return text;
}

}  // namespace

TEST_CASE("json report: the bytes nlohmann prints for the whole document") {
  FileReport failed = file("c.py", 0, 0);
  failed.write_error = "c.py: could not write";
  FileReport utf16 = file("d.txt", 1, 0);
  utf16.encoding = "utf-16le";
  FileReport odd = file("bad\xff name.py", 1, 1);  // not UTF-8: replaced
  struct Row {
    const char* name;
    std::vector<FileReport> files;
  };
  for (const Row& row :
       {Row{"no files", {}}, Row{"one file", {file("a.py", 2, 1)}},
        Row{"only findings", {file("a.py", 0, 2)}}, Row{"error and encoding", {failed, utf16}},
        Row{"bytes that are not UTF-8", {odd, file("z.py", 1, 0)}}}) {
    CAPTURE(row.name);
    Report r = report_of(row.files);
    std::string text = json_report(r);
    CHECK(text == redumped(text));
    CHECK(streamed(r) == text);
    CHECK(nlohmann::json::parse(text)["files"].size() == row.files.size());
  }
}

TEST_CASE("json report: the writer spills a large file's entries and prints the same bytes") {
  // About 5 MB of entries: past the 1 MiB held in memory.
  Report r = report_of({file("a.py", 3, 0), file("big.json", 20000, 2000), file("c.py", 1, 1)});
  std::string text = json_report(r);
  CHECK(text.size() > (size_t{4} << 20));
  CHECK(streamed(r) == text);
  CHECK(text == redumped(text));
}
