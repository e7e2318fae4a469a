#include "model/edit.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("apply_edits keeps every byte outside the edits") {
  std::string text = "a\r\nOPENAI\r\nz";
  std::vector<Edit> edits = {{3, 9, "HOLY", "r"}};
  CHECK(apply_edits(text, edits) == "a\r\nHOLY\r\nz");
  CHECK(apply_edits(text, {}) == text);
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
