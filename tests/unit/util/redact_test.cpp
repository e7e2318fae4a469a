// docs/behaviour.md §5.3: no output shows more than a key's first 6
// characters (which spans are keys: engine/kinds/secret_test.cpp).
#include "util/redact.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("redact keeps at most the first 6 characters of a key") {
  CHECK(redact("a sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG b") == "a sk-pro… b");
  CHECK(redact("sk-ant-Zq8vN3kLm2Tx7RbW9yHc4DfG,sk-Zq8vN3kLm2Tx7RbW9yHc4DfG") == "sk-ant…,sk-Zq8…");
  CHECK(redact("no key here sk-short") == "no key here sk-short");
  CHECK(redact("") == "");
}
