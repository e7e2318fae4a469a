// "did you mean" for near-miss names (keys, rule ids).
#include "util/suggest.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("did_you_mean picks the closest name within two edits") {
  const std::vector<std::string> known = {"to", "key_env", "base_env", "include", "exclude"};
  CHECK(did_you_mean("key-env", known) == " (did you mean \"key_env\"?)");
  CHECK(did_you_mean("inclde", known) == " (did you mean \"include\"?)");
  CHECK(did_you_mean("too", known) == " (did you mean \"to\"?)");
  CHECK(did_you_mean("something", known) == "");
  CHECK(did_you_mean("", {}) == "");
}
