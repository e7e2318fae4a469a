// "did you mean" for near-miss names: config keys, rule-file keys, rule ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

// ` (did you mean "NAME"?)` for the known name closest to `name` (Levenshtein
// distance of 2 or less; the first of equals wins), or "" when none is close.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& known);

}  // namespace holymigrate
