// SPEC §5.3: hard-coded keys are found, placeholders are not, and no output
// shows more than a key's first 6 characters.
#include "util/redact.h"

#include <doctest/doctest.h>

#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::finding_rules;

TEST_CASE("hardcoded-key: real-looking keys are errors, placeholders are not") {
  struct Row {
    const char* text;
    const char* findings;
  };
  const Row rows[] = {
      {"k = \"sk-Zq8vN3kLm2Tx7RbW9yHc4DfG\"", "hardcoded-key"},
      {"k = 'sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG_a-b'", "hardcoded-key"},
      {"ANTHROPIC=sk-ant-api03-Zq8vN3kLm2Tx7RbW9yHc4DfG", "hardcoded-key"},
      {"k = \"sk-Zq8vN3kLm2Tx7RbW9yH\"", ""},                 // 19 key characters
      {"k = \"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", ""},
      {"k = \"sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX\"", ""},
      {"k = \"sk-...\"", ""},
      {"k = \"sk-your-api-key-goes-here-please\"", ""},
      {"task-Zq8vN3kLm2Tx7RbW9yHc4DfG", ""},                 // "sk-" inside a word
      {"# holymigrate: ignore\nk = 'sk-Zq8vN3kLm2Tx7RbW9yHc4DfG'", "hardcoded-key"},
      {"k = 'sk-Zq8vN3kLm2Tx7RbW9yHc4DfG'  # holymigrate: ignore", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(finding_rules(r.text) == r.findings);
  }
}

TEST_CASE("redact keeps at most the first 6 characters of a key") {
  CHECK(redact("a sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG b") == "a sk-pro… b");
  CHECK(redact("sk-ant-Zq8vN3kLm2Tx7RbW9yHc4DfG,sk-Zq8vN3kLm2Tx7RbW9yHc4DfG") ==
        "sk-ant…,sk-Zq8…");
  CHECK(redact("no key here sk-short") == "no key here sk-short");
  CHECK(redact("") == "");
}
