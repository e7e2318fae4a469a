#include "model/edit.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("apply_edits keeps every byte outside the edits") {
  std::string text = "a\r\nOPENAI\r\nz";
  std::vector<Edit> edits = {{3, 9, "HOLY", "r"}};
  CHECK(apply_edits(text, edits) == "a\r\nHOLY\r\nz");
  CHECK(apply_edits(text, {}) == text);
}

TEST_CASE("apply_edits allocates the result once, at its size") {
  // A 1 MB text whose two edits grow it by more than 64 bytes each: the old
  // guess (64 bytes an edit) came short, and the string doubled while the
  // first buffer was still held (the corpus's memory peak on a notebook).
  std::string text(1 << 20, 'x');
  std::vector<Edit> edits = {{10, 12, std::string(500, 'a'), "r"},
                             {text.size() - 5, text.size() - 5, std::string(300, 'b'), "r"}};
  std::string out = apply_edits(text, edits);
  CHECK(out.size() == text.size() - 2 + 500 + 300);
  CHECK(out.capacity() == out.size());
  CHECK(out.substr(0, 10) == text.substr(0, 10));
  CHECK(out.substr(10, 500) == std::string(500, 'a'));
  // Edits that shrink the text: exact too.
  std::vector<Edit> shrink = {{0, 1000, "", "r"}};
  std::string small = apply_edits(text, shrink);
  CHECK(small.size() == text.size() - 1000);
  CHECK(small.capacity() == small.size());
}

TEST_CASE("LineIndex maps offsets to 1-based lines and byte columns") {
  LineIndex idx("ab\ncd\n\nx");
  struct Row {
    size_t offset, line, column;
  };
  for (Row r :
       {Row{0, 1, 1}, Row{1, 1, 2}, Row{2, 1, 3}, Row{3, 2, 1}, Row{6, 3, 1}, Row{7, 4, 1}}) {
    CAPTURE(r.offset);
    CHECK(idx.line(r.offset) == r.line);
    CHECK(idx.column(r.offset) == r.column);
  }
  CHECK(idx.line_count() == 4);
}
