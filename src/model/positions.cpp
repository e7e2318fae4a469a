#include "model/positions.h"

#include <algorithm>
#include <stdexcept>

namespace holymigrate {

size_t utf16_units(std::string_view text) {
  // Lead bytes decide: 4-byte sequences are surrogate pairs (2 units), other
  // lead bytes 1 unit, continuation bytes 0. Hand-written because no library
  // we link counts UTF-16 units; invalid bytes never stop the count.
  size_t units = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

PositionMap::PositionMap(std::string_view text, const LineIndex& lines, std::vector<size_t> offsets)
    : offsets_(std::move(offsets)) {
  std::sort(offsets_.begin(), offsets_.end());
  offsets_.erase(std::unique(offsets_.begin(), offsets_.end()), offsets_.end());
  positions_.reserve(offsets_.size());
  // The walk carries (line, where it stands, UTF-16 units from the line's
  // start to there) from one offset to the next; a new line restarts it.
  size_t line = 0, at = 0, units = 0;
  for (size_t offset : offsets_) {
    size_t l = lines.line(offset);
    if (l != line) {
      line = l;
      at = lines.line_start(l);
      units = 0;
    }
    units += utf16_units(text.substr(at, offset - at));
    at = offset;
    positions_.push_back({line, offset - lines.line_start(l) + 1, units + 1});
  }
}

Position PositionMap::at(size_t offset) const {
  auto it = std::lower_bound(offsets_.begin(), offsets_.end(), offset);
  if (it == offsets_.end() || *it != offset)
    throw std::out_of_range("PositionMap::at: offset not given to the constructor");
  return positions_[static_cast<size_t>(it - offsets_.begin())];
}

}  // namespace holymigrate
