#include "model/action_item.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <set>

namespace holymigrate {

std::vector<std::string> finish_actions(const std::vector<ActionItem>& items) {
  std::map<std::string, std::set<std::string>> refs;
  for (const ActionItem& a : items) {
    auto& files = refs[a.text];
    if (!a.referenced_in.empty()) files.insert(a.referenced_in);
  }
  constexpr size_t kShown = 3;  // a big tree must not print hundreds of paths
  std::vector<std::string> out;
  for (const auto& [text, files] : refs) {
    if (files.empty()) {
      out.push_back(text);
      continue;
    }
    std::vector<std::string> shown(files.begin(), files.end());
    std::string more;
    if (shown.size() > kShown) {
      more = fmt::format(" and {} more file{}", shown.size() - kShown,
                         shown.size() - kShown == 1 ? "" : "s");
      shown.resize(kShown);
    }
    out.push_back(fmt::format("{} (referenced in {}{})", text, fmt::join(shown, ", "), more));
  }
  return out;
}

}  // namespace holymigrate
