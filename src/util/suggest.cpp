#include "util/suggest.h"

#include <fmt/format.h>

#include <algorithm>

namespace holymigrate {
namespace {

// Levenshtein distance. No Debian-packaged library we use offers one, and it
// is ten lines.
size_t distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string did_you_mean(std::string_view name, const std::vector<std::string>& known) {
  const std::string* best = nullptr;
  size_t best_d = 3;
  for (const auto& k : known) {
    size_t d = distance(name, k);
    if (d < best_d) best_d = d, best = &k;
  }
  return best ? fmt::format(" (did you mean \"{}\"?)", *best) : "";
}

}  // namespace holymigrate
