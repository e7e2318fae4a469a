// docs/behaviour.md §5.5: --baseline reads the fingerprints of a JSON or
// SARIF report; anything else is one clear error.
#include "report/baseline.h"

#include <doctest/doctest.h>

#include <string>

#include "util/error.h"

using namespace holymigrate;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_baseline(text, "base.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("baseline: a JSON report's finding fingerprints") {
  Baseline b = parse_baseline(R"({"version": "0.1.0", "files": [
      {"path": "a.py", "edits": [], "findings": [
         {"rule": "hardcoded-key", "fingerprint": "aa:1"}, {"rule": "x", "fingerprint": "bb:2"}]},
      {"path": "b.py", "edits": [{"rule": "openai-endpoint"}]}]})",
                              "base.json");
  CHECK(b == Baseline{"aa:1", "bb:2"});
  CHECK(parse_baseline(R"({"version": "0.1.0", "files": []})", "b").empty());
}

TEST_CASE("baseline: a SARIF report's partialFingerprints") {
  Baseline b = parse_baseline(R"({"version": "2.1.0", "runs": [{"results": [
      {"ruleId": "a", "partialFingerprints": {"holymigrate/v1": "cc:1"}},
      {"ruleId": "b", "partialFingerprints": {"other/v1": "dd:1"}},
      {"ruleId": "c"}]}]})",
                              "base.sarif");
  CHECK(b == Baseline{"cc:1"});
}

TEST_CASE("baseline: anything else is one line naming the file and what to do") {
  struct Row {
    const char* text;
    const char* what;
  };
  const Row rows[] = {
      {"", "it is not JSON"},
      {"{\"files\": [", "it is not JSON"},
      {"[1, 2]", "it is not a JSON object"},
      {"{\"a\": 1}", "it is neither a holymigrate JSON report nor SARIF"},
      {R"({"version": "1", "files": 3})", "\"files\" is not an array"},
      {R"({"version": "1", "files": [{"findings": [{"rule": "x"}]}]})",
       "a finding has no \"fingerprint\""},
      {R"({"runs": {}})", "SARIF \"runs\" is not an array"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    std::string e = error_of(r.text);
    CHECK(e.starts_with("base.json: not a usable baseline: "));
    CHECK(e.find(r.what) != std::string::npos);
    CHECK(e.find('\n') == std::string::npos);
    CHECK(e.find("--format json --output FILE") != std::string::npos);
  }
}

TEST_CASE("baseline: a missing file says so") {
  try {
    load_baseline("/nonexistent/base.json");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).starts_with(
        "/nonexistent/base.json: cannot read the baseline: No such file or directory"));
  }
}
