// merge-reports (docs/behaviour.md §12): JSON reports read back and merged.
#include "report/merge_reports.h"

#include <doctest/doctest.h>

#include "report/fingerprint.h"
#include "report/report_json.h"

using namespace holymigrate;

namespace {

Report one(const std::string& path, size_t line, const std::string& referenced_in) {
  Report r;
  r.mode = Mode::Check;
  FileReport f;
  f.path = path;
  f.edits.push_back({"openai-endpoint",
                     {line, 5, 4},
                     {line, 30, 29},
                     "https://api.openai.com/v1",
                     "https://api.holysheep.ai/v1",
                     result_fingerprint("openai-endpoint", path, "https://api.openai.com/v1", 1)});
  f.findings.push_back({"azure-endpoint",
                        Severity::Warning,
                        {line + 1, 1, 1},
                        {line + 1, 9, 8},
                        "an Azure host",
                        "x.openai.azure.com",
                        result_fingerprint("azure-endpoint", path, "x.openai.azure.com", 1)});
  r.files.push_back(f);
  r.summary.files_read = 3;
  r.summary.files_changed = 1;
  r.summary.edits_by_rule["openai-endpoint"] = 1;
  r.summary.findings_by_severity["warning"] = 1;
  r.summary.action_items.push_back({"create the repository secret K", referenced_in});
  r.skipped.push_back({path + ".png", SkipReason::Binary});
  r.summary.skipped_by_reason["binary"] = 1;
  return r;
}

}  // namespace

TEST_CASE("merge-reports: a JSON report reads back to what was printed") {
  Report r = one("a.py", 7, "a.py");
  Expected<Report> back = report_from_json(json_report(r), "a.json");
  REQUIRE(back);
  CHECK(json_report(back.value()) == json_report(r));
  CHECK(back->files.at(0).edits.at(0).end.utf16_column == 29);
  CHECK(back->files.at(0).findings.at(0).snippet == "x.openai.azure.com");
}

TEST_CASE("merge-reports: files sorted by path, counts summed, action items grouped again") {
  Report merged = merge_reports({one("b.py", 2, "b.yml"), one("a.py", 7, "a.yml")});
  REQUIRE(merged.files.size() == 2);
  CHECK(merged.files[0].path == "a.py");
  CHECK(merged.files[1].path == "b.py");
  CHECK(merged.summary.files_read == 6);
  CHECK(merged.summary.edits_by_rule.at("openai-endpoint") == 2);
  CHECK(merged.summary.skipped_by_reason.at("binary") == 2);
  CHECK(merged.skipped.at(0).display == "a.py.png");
  CHECK(merged.mode == Mode::Check);
  REQUIRE(merged.summary.actions.size() == 1);
  CHECK(merged.summary.actions[0] == "create the repository secret K (referenced in a.yml, b.yml)");
}

TEST_CASE("merge-reports: anything but a JSON report is one clear error") {
  for (const char* text : {"", "{}", "[1]", "not json", R"({"version":"0.1.0"})"}) {
    CAPTURE(text);
    Expected<Report> r = report_from_json(text, "shard-1.sarif");
    REQUIRE(!r);
    CHECK(r.error().starts_with("shard-1.sarif: not a holymigrate JSON report ("));
    CHECK(r.error().ends_with("); make it with --format json"));
  }
}
