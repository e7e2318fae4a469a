// PositionMap: line, byte column and UTF-16 column of many offsets in one
// forward pass (docs/performance.md, "Linear positions"; field case: a 13 MB
// one-line JSON recording with 200k endpoint edits).
#include "model/positions.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace holymigrate;

namespace {

// The definition: count from the start of the offset's line.
Position naive(std::string_view text, size_t offset) {
  LineIndex lines(text);
  size_t start = lines.line_start(lines.line(offset));
  return {lines.line(offset), lines.column(offset),
          1 + utf16_units(text.substr(start, offset - start))};
}

}  // namespace

TEST_CASE("positions: every offset of small texts equals the count from its line's start") {
  const std::vector<std::string> texts = {
      "",
      "a",
      "abc\n",
      "\n\n\n",
      "héllo wörld\nsecond line €\r\nthird 😀 emoji 😀 x",
      "no newline at the end: \xff invalid byte, \xe2\x82 cut sequence",
      "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\n\xf0\x9f\x98\x80",
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    std::vector<size_t> all;
    for (size_t i = 0; i <= text.size(); ++i) all.push_back(i);
    // Given in reverse with duplicates: the order must not matter.
    std::vector<size_t> given(all.rbegin(), all.rend());
    given.insert(given.end(), all.begin(), all.end());
    LineIndex lines(text);
    PositionMap map(text, lines, given);
    for (size_t i : all) {
      Position want = naive(text, i), got = map.at(i);
      CAPTURE(i);
      CHECK(got.line == want.line);
      CHECK(got.column == want.column);
      CHECK(got.utf16_column == want.utf16_column);
    }
  }
}

TEST_CASE("positions: an offset that was not given is an error, not a wrong answer") {
  std::string text = "abc\ndef";
  LineIndex lines(text);
  PositionMap map(text, lines, {1, 5});
  CHECK(map.at(5).line == 2);
  CHECK_THROWS_AS(map.at(2), std::out_of_range);
}

TEST_CASE("positions: a 10 MB one-line text with 200k offsets, each column right") {
  // Record i is 50 bytes: 'é' (2 bytes, 1 unit) then 48 ASCII bytes. Each
  // record's offset 2 (just after the 'é') has byte column 50*i + 3 and
  // UTF-16 column 49*i + 2. Counting each from the line's start took minutes.
  const std::string record = "\xc3\xa9" + std::string(48, 'x');
  const size_t n = 200'000;
  std::string text;
  text.reserve(record.size() * n);
  for (size_t i = 0; i < n; ++i) text += record;
  REQUIRE(text.size() == 10'000'000);
  std::vector<size_t> offsets;
  for (size_t i = 0; i < n; ++i) offsets.push_back(50 * i + 2);
  offsets.push_back(text.size());
  LineIndex lines(text);
  PositionMap map(text, lines, offsets);
  for (size_t i : {size_t{0}, size_t{1}, size_t{12345}, n - 1}) {
    Position p = map.at(50 * i + 2);
    CHECK(p.line == 1);
    CHECK(p.column == 50 * i + 3);
    CHECK(p.utf16_column == 49 * i + 2);
  }
  CHECK(map.at(text.size()).utf16_column == 49 * n + 1);
}
