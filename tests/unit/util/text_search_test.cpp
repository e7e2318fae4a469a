// Needle::find must answer exactly as std::string_view::find does.
#include "util/text_search.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using namespace holymigrate;

TEST_CASE("Needle::find answers as std::string_view::find") {
  const std::vector<std::string> needles = {
      "",   "s", "sk-", "openai", "holymigrate: ignore", "aa", "aaa", "aba", "OPENAI_BASE_URL",
      "\n", "zq"};
  std::mt19937 rng(7);
  const std::string alphabet = "ab sk-openaiOPENAI_BASEURLhz\n";
  size_t compared = 0;
  for (int t = 0; t < 300; ++t) {
    std::string text;
    size_t len = rng() % 120;
    for (size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    if (t % 3 == 0) text.insert(rng() % (text.size() + 1), needles[rng() % needles.size()]);
    for (const std::string& n : needles) {
      Needle needle(n);
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        CAPTURE(text);
        CAPTURE(n);
        CAPTURE(from);
        REQUIRE(needle.find(text, from) == std::string_view(text).find(n, from));
        ++compared;
      }
      CHECK(needle.in(text) == (text.find(n) != std::string::npos));
      CHECK(find_fast(text, n) == text.find(n));
    }
  }
  CHECK(compared > 100000);
}
