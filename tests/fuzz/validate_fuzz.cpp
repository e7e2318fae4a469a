// libFuzzer target: random text through the format checks that decide
// `would-break-file` (migrate/validate.h, docs/behaviour.md §11.1), under a
// path chosen by the first byte (YAML, JSON, notebook, TOML, .env, the
// lexed languages, and an unchecked one). Properties: no crash, no hang;
// check_format gives the same answer twice; a reported line is within the
// text (1-based, at most one past the last line); a text never "breaks"
// itself (would_break(p, t, t) is nullopt, valid or not); for YAML, the env
// regions from the event stream are those of the walk over the outline
// (engine/yaml_regions.h).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

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
  return 0;
}
