// docs/behaviour.md §2, §6: UTF-16 text with a BOM is read as UTF-8 and
// written back byte for byte in its own encoding.
#include "util/text_encoding.h"

#include <doctest/doctest.h>

#include <string>

using namespace holymigrate;
using namespace std::string_literals;

TEST_CASE("text encoding: the BOM tells UTF-16 from the rest") {
  struct Row {
    std::string bytes;
    TextEncoding want;
  };
  const Row rows[] = {
      {"\xFF\xFE"
       "a\0"s,
       TextEncoding::Utf16LE},
      {"\xFE\xFF\0a"s, TextEncoding::Utf16BE},
      {"\xFF\xFE"s, TextEncoding::Utf16LE},          // empty text after the BOM
      {"\xFF\xFE\0\0a\0\0\0"s, TextEncoding::Utf8},  // UTF-32LE: stays binary
      {"\xEF\xBB\xBFx"s, TextEncoding::Utf8},        // a UTF-8 BOM: bytes as they are
      {"plain"s, TextEncoding::Utf8},
      {""s, TextEncoding::Utf8},
      {"\xFF"s, TextEncoding::Utf8},
  };
  for (const Row& r : rows) {
    CAPTURE(r.bytes);
    CHECK(encoding_of(r.bytes) == r.want);
  }
  CHECK(std::string(to_string(TextEncoding::Utf16LE)) == "utf-16le");
  CHECK(std::string(to_string(TextEncoding::Utf16BE)) == "utf-16be");
}

TEST_CASE("text encoding: UTF-16 decodes to UTF-8 and encodes back to the same bytes") {
  struct Row {
    std::string utf16;
    TextEncoding e;
    std::string utf8;
  };
  const Row rows[] = {
      // BOM, "a", CR LF
      {"\xFF\xFE"
       "a\0\r\0\n\0"s,
       TextEncoding::Utf16LE,
       "\xEF\xBB\xBF"
       "a\r\n"},
      {"\xFE\xFF\0a\0\r\0\n"s, TextEncoding::Utf16BE,
       "\xEF\xBB\xBF"
       "a\r\n"},
      // é (U+00E9) and 😀 (U+1F600, a surrogate pair)
      {"\xFF\xFE\xE9\0\x3D\xD8\x00\xDE"s, TextEncoding::Utf16LE,
       "\xEF\xBB\xBF\xC3\xA9\xF0\x9F\x98\x80"},
      {"\xFF\xFE"s, TextEncoding::Utf16LE, "\xEF\xBB\xBF"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.utf8);
    auto text = to_utf8(r.utf16, r.e);
    REQUIRE(text);
    CHECK(*text == r.utf8);
    auto back = to_encoding(*text, r.e);
    REQUIRE(back);
    CHECK(*back == r.utf16);
  }
}

TEST_CASE("text encoding: bytes that are not UTF-16 are refused") {
  CHECK(
      !to_utf8("\xFF\xFE"
               "a"s,
               TextEncoding::Utf16LE));  // odd length
  CHECK(
      !to_utf8("\xFF\xFE\x3D\xD8"
               "a\0"s,
               TextEncoding::Utf16LE));                                  // lone high surrogate
  CHECK(!to_utf8("\xFF\xFE\x00\xDE"s, TextEncoding::Utf16LE));           // lone low surrogate
  CHECK(!to_encoding("\xEF\xBB\xBF\xC3"s, TextEncoding::Utf16LE));       // cut UTF-8
  CHECK(to_encoding("as is\xC3"s, TextEncoding::Utf8) == "as is\xC3"s);  // UTF-8: untouched
}

TEST_CASE("utf8_sequence_length: well-formed sequences only (RFC 3629)") {
  struct Row {
    std::string text;
    size_t at;
    size_t length;
  };
  const Row rows[] = {
      {"a", 0, 1},
      {"\x7f", 0, 1},
      {"\xc3\xa9", 0, 2},
      {"\xe2\x82\xac", 0, 3},
      {"\xf0\x9f\x98\x80", 0, 4},
      {"\xf4\x8f\xbf\xbf", 0, 4},  // U+10FFFF
      {"x\xc3\xa9", 1, 2},
      {"\xc3\xa9", 1, 0},  // a continuation byte
      {"\xc3\xa9", 2, 0},  // past the end
      {"\xc3", 0, 0},      // cut short
      {"\xe2\x82", 0, 0},
      {"\xc0\x80", 0, 0},  // overlong
      {"\xc1\xbf", 0, 0},
      {"\xe0\x9f\xbf", 0, 0},
      {"\xf0\x8f\xbf\xbf", 0, 0},
      {"\xed\xa0\x80", 0, 0},      // a surrogate
      {"\xf4\x90\x80\x80", 0, 0},  // past U+10FFFF
      {"\xf5\x80\x80\x80", 0, 0},
      {"\xff", 0, 0},
      {"\xc3(", 0, 0},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CAPTURE(r.at);
    CHECK(utf8_sequence_length(r.text, r.at) == r.length);
  }
}
