#include "report/report.h"

#include <numeric>

namespace holymigrate {
namespace {

size_t total(const std::map<std::string, size_t>& m) {
  return std::accumulate(m.begin(), m.end(), size_t{0},
                         [](size_t n, const auto& kv) { return n + kv.second; });
}

}  // namespace

size_t Summary::edits() const { return total(edits_by_rule); }
size_t Summary::findings() const { return total(findings_by_severity); }
size_t Summary::skipped() const { return total(skipped_by_reason); }

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

}  // namespace holymigrate
