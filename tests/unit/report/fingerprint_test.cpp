// docs/behaviour.md §10: one fingerprint for JSON and SARIF, a hash of rule,
// path and the exact matched text with an ordinal; no line number.
#include "report/fingerprint.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("fingerprint is a hash of rule, path and text, then the ordinal") {
  CHECK(result_fingerprint("r", "p", "t", 1) == result_fingerprint("r", "p", "t", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "p", "u", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "q", "t", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("s", "p", "t", 1));
  CHECK(result_fingerprint("r", "p", "t", 1) != result_fingerprint("r", "p", "t", 2));
  CHECK(result_fingerprint("r", "p", "t", 1).size() == 40 + 2);  // sha1 hex + ":1"
  CHECK(result_fingerprint("r", "p", "t", 1).ends_with(":1"));
  // Same bytes as `git hash-object` of "r\np\nt": the hash is libgit2's blob id.
  CHECK(result_fingerprint("r", "p", "t", 1).find_first_not_of("0123456789abcdef") == 40);
}

TEST_CASE("fingerprint counter: repeated matches in a file get 1, 2, ..., others stay 1") {
  FingerprintCounter c("app.py");
  std::string a1 = c.next("hardcoded-key", "sk-one");
  std::string b1 = c.next("hardcoded-key", "sk-two");
  std::string a2 = c.next("hardcoded-key", "sk-one");
  std::string e1 = c.next("openai-endpoint", "sk-one");
  CHECK(a1 == result_fingerprint("hardcoded-key", "app.py", "sk-one", 1));
  CHECK(b1 == result_fingerprint("hardcoded-key", "app.py", "sk-two", 1));
  CHECK(a2 == result_fingerprint("hardcoded-key", "app.py", "sk-one", 2));
  CHECK(e1 == result_fingerprint("openai-endpoint", "app.py", "sk-one", 1));
}
