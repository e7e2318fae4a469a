// Line and column (bytes and UTF-16 units) of many byte offsets of one text,
// computed in one forward pass: each line is walked at most once, from its
// start to the last offset asked on it, so the cost is O(text + k log k) for
// k offsets whatever the line lengths (a 13 MB one-line JSON with 200k edits
// took minutes when every column was counted from its line's start:
// docs/performance.md, "Linear positions").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/edit.h"

namespace holymigrate {

struct Position {
  size_t line = 0;          // 1-based
  size_t column = 0;        // 1-based, in bytes
  size_t utf16_column = 0;  // 1-based, in UTF-16 code units (SARIF, GitHub)
};

// UTF-16 code units in UTF-8 `text`; a byte that is not valid UTF-8 counts as
// one unit. Turns a byte column into the column SARIF and GitHub expect.
size_t utf16_units(std::string_view text);

class PositionMap {
 public:
  // `text` must outlive the map only during construction. `offsets` are byte
  // offsets into it (0 ≤ offset ≤ text.size()), in any order, duplicates
  // allowed; `lines` is the text's LineIndex.
  PositionMap(std::string_view text, const LineIndex& lines, std::vector<size_t> offsets);

  // The position of one of the offsets given to the constructor: 1-based
  // line, 1-based byte column, 1-based UTF-16 column. Throws std::out_of_range
  // for an offset that was not given.
  Position at(size_t offset) const;

 private:
  std::vector<size_t> offsets_;  // sorted, unique
  std::vector<Position> positions_;
};

}  // namespace holymigrate
