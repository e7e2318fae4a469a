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

json sarif(const Report& r) { return json::parse(sarif_report(r, testing::sample_rules())); }

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
  CHECK(loc["region"] ==
        json{{"startLine", 3}, {"startColumn", 9}, {"endLine", 3}, {"endColumn", 34}});
  const json& change = edit["fixes"][0]["artifactChanges"][0];
  CHECK(change["replacements"][0]["deletedRegion"] == loc["region"]);
  CHECK(change["replacements"][0]["insertedContent"]["text"] == "https://api.holysheep.ai/v1");
  CHECK(results[1]["level"] == "error");
  CHECK_FALSE(results[1].contains("fixes"));
  CHECK(results[2]["level"] == "warning");
  CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "web/%C3%BC.js");
  CHECK(results[2]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 4);
}

TEST_CASE("sarif: edits outside --check are notes") {
  json doc = sarif(testing::sample_report(Mode::DryRun));
  CHECK(doc["runs"][0]["results"][0]["level"] == "note");
}

TEST_CASE("sarif: partialFingerprints are the report's fingerprints (report/fingerprint.h)") {
  Report r = testing::sample_report(Mode::Check);
  json results = json::parse(sarif_report(r, testing::sample_rules()))["runs"][0]["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0]["partialFingerprints"]["holymigrate/v1"] == r.files[0].edits[0].fingerprint);
  CHECK(results[1]["partialFingerprints"]["holymigrate/v1"] == r.files[0].findings[0].fingerprint);
  CHECK(results[2]["partialFingerprints"]["holymigrate/v1"] == r.files[1].findings[0].fingerprint);
}

TEST_CASE("sarif: no key is printed in full") {
  Report r = testing::sample_report(Mode::Check);
  std::string out = sarif_report(r, testing::sample_rules());
  CHECK(out.find("sk-pro…") != std::string::npos);
  CHECK(out.find("sk-proj-") == std::string::npos);
}
