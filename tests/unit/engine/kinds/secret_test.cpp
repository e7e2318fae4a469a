// docs/behaviour.md §5.3: keys of a provider's shape are errors
// (hardcoded-key), other random-looking sk-… strings warnings
// (possible-key), placeholders nothing, and test files nothing at all.
// Keys are assembled from parts so that no key-shaped literal sits in the
// source for secret scanners to flag.
#include <doctest/doctest.h>

#include <string>

#include "engine/kinds/key_shapes.h"
#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::builtin_rules;
using holymigrate::testing::finding_rules;

namespace {

const std::string kMarker = "T3BlbkFJ";
const std::string kHalf58 = "NfiglJ5m7yyPhcothuTUjVBIPrDKjawz4MOuXM_Yi5b_kgNPLjjPDU0OL2";
const std::string kHalf58b = "9Vx6n_631Mg8ye5_IS_i4Cz2Csv8htmYF8gMxMEYnDAktgOESZAdghXfaq";
const std::string kAnt93 =
    "rLhNQZGSbh_5QwGNgv21Q4cLSWSCctF07i8pJuHMI2OGVIAnFRwTA57-ClKifkAeAtOPyw5lsqDgRknb4DI4rx2g1ZDw8";

std::string rules_in(const std::string& text, const std::string& path) {
  std::string out;
  for (const Finding& f : builtin_rules().scan(text, path).findings) {
    if (!out.empty()) out += ' ';
    out += f.rule;
  }
  return out;
}

}  // namespace

TEST_CASE("secret: provider shapes are errors, random sk- strings warnings, placeholders nothing") {
  struct Row {
    std::string key;
    KeyClass expected;
  };
  const Row rows[] = {
      {"sk-proj-" + kHalf58 + kMarker + kHalf58b, KeyClass::Provider},
      {"sk-svcacct-" + kHalf58 + kMarker + kHalf58b, KeyClass::Provider},
      {"sk-admin-" + kHalf58 + kMarker + kHalf58b, KeyClass::Provider},
      {"sk-Suw5XCj6mv8ywKgp1MXf" + kMarker + "YP9Yijx6Uf68nCPp7bex", KeyClass::Provider},
      {"sk-ant-api03-" + kAnt93 + "AA", KeyClass::Provider},
      {"sk-ant-admin01-" + kAnt93 + "AA", KeyClass::Provider},
      {"sk-3oe1HFxv8F3jlOO58GIejeUYgEpq44XH5gV2RKdetxGoWCic", KeyClass::Provider},  // 48, legacy
      // 1234 and 0000 inside a random key do not make it a placeholder.
      {"sk-3oe1HFxv8F3jlOO58GIej1234gEpq44XH5gV2RKde0000Wic", KeyClass::Provider},
      {"sk-Zq8vN3kLm2Tx7RbW9yHc1234", KeyClass::Possible},
      // Near misses of a provider shape are possible keys, not errors.
      {"sk-ant-api03-" + kAnt93 + "BB", KeyClass::Possible},
      {"sk-ant-api03-" + kAnt93.substr(10) + "AA", KeyClass::Possible},
      {"sk-Zq8vN3kLm2Tx7RbW9yHc4DfG", KeyClass::Possible},
      {"sk-0a1b2c3d4e5f60718293a4b5c6d7e8f9", KeyClass::Possible},  // 32 hex (another provider)
      {"sk-0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071", KeyClass::Possible},  // 48 hex
      // Placeholders: words, runs, low entropy.
      {"sk-synthetic-sentinel-secret-721", KeyClass::Placeholder},
      {"sk-test-gcp-metadata-secret-7f3e", KeyClass::Placeholder},
      {"sk-ant-abcdefghijklmnop", KeyClass::Placeholder},
      {"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", KeyClass::Placeholder},
      {"sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", KeyClass::Placeholder},
      {"sk-your-api-key-goes-here-please", KeyClass::Placeholder},
      {"sk-proj-abcdefghijklmnopqrstuvwxyz0123", KeyClass::Placeholder},
      {"sk-1111111111111111111111111", KeyClass::Placeholder},
      {"sk-this-is-a-long-made-up-string-for-docs", KeyClass::Placeholder},
      {"sk-proj-xxxxxxxxxxxxxxxxxxxx" + kMarker + "xxxxxxxxxxxxxxxxxxxx", KeyClass::Placeholder},
  };
  for (const Row& r : rows) {
    CAPTURE(r.key);
    CHECK(classify_key(r.key) == r.expected);
  }
}

TEST_CASE("secret: findings by rule, suppression and the 20-character floor") {
  struct Row {
    std::string text;
    const char* findings;
  };
  const Row rows[] = {
      {"k = \"sk-proj-" + kHalf58 + kMarker + kHalf58b + "\"", "hardcoded-key"},
      {"ANTHROPIC=sk-ant-api03-" + kAnt93 + "AA", "hardcoded-key"},
      {"k = \"sk-Zq8vN3kLm2Tx7RbW9yHc4DfG\"", "possible-key"},
      {"k = \"sk-Zq8vN3kLm2Tx7RbW9yH\"", ""},  // 19 key characters
      {"k = \"sk-...\"", ""},
      {"task-Zq8vN3kLm2Tx7RbW9yHc4DfG", ""},  // "sk-" inside a word
      {"# holymigrate: ignore\nk = 'sk-Zq8vN3kLm2Tx7RbW9yHc4DfG'", "possible-key"},
      {"k = 'sk-Zq8vN3kLm2Tx7RbW9yHc4DfG'  # holymigrate: ignore", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(finding_rules(r.text) == r.findings);
  }
}

TEST_CASE("secret: no finding at all in test files and fixtures") {
  const std::string text =
      "k = \"sk-proj-" + kHalf58 + kMarker + kHalf58b + "\"\nj = \"sk-Zq8vN3kLm2Tx7RbW9yHc4DfG\"\n";
  struct Row {
    const char* path;
    const char* findings;
  };
  const Row rows[] = {
      {"app/settings.py", "hardcoded-key possible-key"},
      {"tests/conftest.py", ""},
      {"pkg/test/keys.ts", ""},
      {"src/__tests__/client.ts", ""},
      {"spec/client_spec.rb", ""},
      {"fixtures/keys.json", ""},
      {"internal/testdata/keys.txt", ""},
      {"client_test.go", ""},
      {"src/client.test.ts", ""},
      {"src/client.spec.ts", ""},
      {"test_client.py", ""},
      {"pkg/test_client.py", ""},
      {"test_client.txt", "hardcoded-key possible-key"},  // test_*.py only
      {"contest/keys.py", "hardcoded-key possible-key"},  // a folder named like one
      {"latest.py", "hardcoded-key possible-key"},
      {"testing/keys.py", "hardcoded-key possible-key"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CHECK(rules_in(text, r.path) == r.findings);
  }
}

TEST_CASE("secret: entropy in bits per byte") {
  CHECK(shannon_entropy("") == 0);
  CHECK(shannon_entropy("aaaa") == 0);
  CHECK(shannon_entropy("abab") == doctest::Approx(1.0));
  CHECK(shannon_entropy("abcd") == doctest::Approx(2.0));
}
