// --shard K/N (docs/behaviour.md §12): parsing, and a split that is stable
// across runs and machines and covers every path exactly once.
#include "util/shard.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace holymigrate;

TEST_CASE("shard: K/N parses, anything else is an error that quotes it") {
  Expected<Shard> two = parse_shard("2/4");
  REQUIRE(two);
  CHECK(two->index == 2);
  CHECK(two->count == 4);
  CHECK(parse_shard("1/1"));
  for (const char* bad : {"", "4", "0/4", "5/4", "1/0", "a/b", "1/4x", "-1/4", "1//4", " 1/4"}) {
    CAPTURE(bad);
    Expected<Shard> r = parse_shard(bad);
    REQUIRE(!r);
    CHECK(r.error() == std::string("--shard: \"") + bad +
                           "\" is not K/N with 1 <= K <= N (e.g. --shard 2/4 for the second of "
                           "four jobs)");
  }
}

TEST_CASE("shard: every path falls in exactly one shard, the same one every time") {
  // FNV-1a of the path: fixed values, so two machines split a tree alike.
  CHECK(shard_of("src/app.py", 1) == 1);
  CHECK(shard_of("", 4) == shard_of("", 4));
  CHECK(shard_of("src/app.py", 4) == 3);
  CHECK(shard_of("src/app.ts", 4) == 1);
  std::vector<size_t> per(5, 0);
  for (int i = 0; i < 4000; ++i) {
    unsigned k = shard_of("dir/file" + std::to_string(i) + ".py", 4);
    REQUIRE(k >= 1);
    REQUIRE(k <= 4);
    ++per[k];
  }
  for (unsigned k = 1; k <= 4; ++k) CHECK(per[k] > 800);  // roughly even
}
