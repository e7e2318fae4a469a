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
#include "report/report.h"

namespace holymigrate {

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
