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

}  // namespace holymigrate
