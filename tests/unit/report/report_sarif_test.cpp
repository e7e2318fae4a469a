// docs/behaviour.md §10 --format sarif: SARIF 2.1.0 with rule metadata, one result per
// edit and finding, fixes for edits, stable fingerprints, no secrets.
// (Schema validity is checked by the e2e case sarif-validates, with
// Microsoft's validator.)
#include "report/report_sarif.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "report_fixture.h"

using namespace holymigrate;
using json = nlohmann::json;

namespace {

json sarif(const Report& r) {
  return json::parse(sarif_report(r, testing::sample_rules()));
}

}  // namespace

TEST_CASE("sarif: driver metadata lists every rule once, with a default level") {
  json doc = sarif(testing::sample_report(Mode::Check));
  CHECK(doc["version"] == "2.1.0");
  const json& driver = doc["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "holymigrate");
  CHECK(driver["semanticVersion"] == HOLYMIGRATE_VERSION);
  CHECK(driver["rules"].size() == testing::sample_rules().rules().size());
  for (const json& rule : driver["rules"]) {
    CAPTURE(rule.dump());
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["help"]["text"].get<std::string>().empty());
    CHECK(rule["defaultConfiguration"].contains("level"));
    // Messages are shown as written, with the target filled in.
    CHECK(rule["shortDescription"]["text"].get<std::string>().find("${") == std::string::npos);
  }
}

TEST_CASE("sarif: results carry levels, regions in UTF-16 columns, and fixes for edits") {
  json doc = sarif(testing::sample_report(Mode::Check));
  const json& results = doc["runs"][0]["results"];
  REQUIRE(results.size() == 3);
  const json& edit = results[0];
  CHECK(edit["ruleId"] == "openai-endpoint");
  CHECK(edit["level"] == "warning");
  const json& loc = edit["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "app/a%2Cb%3Ac.py");
  CHECK(loc["region"] == json{{"startLine", 3}, {"startColumn", 9}, {"endLine", 3}, {"endColumn", 34}});
  const json& change = edit["fixes"][0]["artifactChanges"][0];
  CHECK(change["replacements"][0]["deletedRegion"] == loc["region"]);
  CHECK(change["replacements"][0]["insertedContent"]["text"] == "https://api.holysheep.ai/v1");
  CHECK(results[1]["level"] == "error");
  CHECK_FALSE(results[1].contains("fixes"));
  CHECK(results[2]["level"] == "warning");
  CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "web/%C3%BC.js");
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 4);
}

TEST_CASE("sarif: edits outside --check are notes") {
  json doc = sarif(testing::sample_report(Mode::DryRun));
  CHECK(doc["runs"][0]["results"][0]["level"] == "note");
}

TEST_CASE("sarif: fingerprints ignore line numbers and tell repeated matches apart") {
  Report before = testing::sample_report(Mode::Check);
  Report moved = before;
  for (FileReport& f : moved.files) {  // ten lines inserted at the top of every file
    for (EditReport& e : f.edits) e.begin.line += 10, e.end.line += 10;
    for (FindingReport& x : f.findings) x.begin.line += 10, x.end.line += 10;
  }
  auto fp = [](const Report& r, size_t i) {
    return json::parse(sarif_report(r, testing::sample_rules()))["runs"][0]["results"][i]
        ["partialFingerprints"].dump();
  };
  for (size_t i = 0; i < 3; ++i) CHECK(fp(before, i) == fp(moved, i));
  CHECK(fp(before, 0) != fp(before, 1));
  Report twice = before;
  twice.files[0].edits.push_back(twice.files[0].edits[0]);
  twice.files[0].edits[1].begin.line = 20;  // results: edit, finding, edit, ...
  CHECK(fp(twice, 0) != fp(twice, 2));
}

TEST_CASE("sarif: fingerprint is a hash of rule, path and text") {
  CHECK(result_fingerprint("r", "p", "t", 1) == result_fingerprint("r", "p", "t", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "p", "u", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "q", "t", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "p", "t", 2));
  CHECK(result_fingerprint("r", "p", "t", 1).size() == 40 + 2);  // sha1 hex + ":1"
}

TEST_CASE("sarif: no key is printed in full") {
  Report r = testing::sample_report(Mode::Check);
  std::string out = sarif_report(r, testing::sample_rules());
  CHECK(out.find("sk-pro…") != std::string::npos);
  CHECK(out.find("sk-proj-") == std::string::npos);
}
