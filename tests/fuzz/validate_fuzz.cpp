// libFuzzer target: random text through the format checks that decide
// `would-break-file` (migrate/validate.h, docs/behaviour.md §11.1), under a
// path chosen by the first byte (YAML, JSON, notebook, TOML, .env, the
// lexed languages, and an unchecked one). Properties: no crash, no hang;
// check_format gives the same answer twice; a reported line is within the
// text (1-based, at most one past the last line); a text never "breaks"
// itself (would_break(p, t, t) is nullopt, valid or not); for YAML, the env
// regions from the event stream are those of the walk over the outline
// (engine/yaml_regions.h), and a few edits placed at a structure-safe spot
// with a replacement keeps_structure() allows leave the text as valid and
// shaped as it was (what lets pass 2 skip parsing it again).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "../yaml_shape.h"
#include "engine/yaml_regions.h"
#include "migrate/validate.h"

using namespace holymigrate;

namespace {

[[noreturn]] void fail(const char* what, std::string_view path, std::string_view input) {
  std::fprintf(stderr, "validate_fuzz: %s as %.*s (input %zu bytes)\n", what,
               static_cast<int>(path.size()), path.data(), input.size());
  std::abort();
}

constexpr std::string_view kPaths[] = {
    "a.yml", "a.yaml", "a.json", "a.ipynb", "a.toml", ".env",       ".env.example",
    "a.py",  "a.js",   "a.ts",   "a.tsx",   "a.go",   "a.java",     "a.kt",
    "a.cs",  "a.rs",   "a.rb",   "a.php",   "a.sh",   "Dockerfile", "a.md"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view path = kPaths[data[0] % std::size(kPaths)];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto first = check_format(path, text);
  auto again = check_format(path, text);
  if (first.has_value() != again.has_value() ||
      (first && (first->line != again->line || first->message != again->message)))
    fail("check_format is not deterministic", path, text);
  if (first) {
    size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    if (first->line > lines + 1) fail("line past the end of the text", path, text);
    if (first->message.empty()) fail("a problem without a message", path, text);
  }
  if (would_break(path, text, text)) fail("a text breaks itself", path, text);
  if (path.ends_with(".yml") || path.ends_with(".yaml"))
    for (bool ci : {false, true})
      if (yaml_regions(text, ci) != yaml_regions_by_outline(text, ci))
        fail("yaml_regions differs from the outline's walk", path, text);
  if ((path.ends_with(".yml") || path.ends_with(".yaml")) && !text.empty()) {
    // Spans and replacements from a hash of the input: the same input
    // always tries the same edits.
    size_t h = std::hash<std::string_view>()(text);
    const auto& pool = holymigrate::testing::yaml_trial_replacements();
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t k = 0; k < 6; ++k) {
      size_t b = (h + k * 7919) % text.size();
      size_t len = 1 + ((h >> 8) + k * 3) % 12;
      spans.emplace_back(b, std::min(text.size(), b + len));
    }
    std::sort(spans.begin(), spans.end());
    std::vector<YamlSpot> spots;
    yaml_regions(text, false, spans, &spots);
    for (size_t k = 0; k < spans.size(); ++k) {
      const std::string& r = pool[((h >> 16) + k) % pool.size()];
      if (!keeps_structure(spots[k], r)) continue;
      std::string after = std::string(text.substr(0, spans[k].first)) + r +
                          std::string(text.substr(spans[k].second));
      if (holymigrate::testing::yaml_unlike(text, after))
        fail("a structure-safe edit changed the YAML", path, text);
    }
  }
  return 0;
}
