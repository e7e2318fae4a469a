// libFuzzer target: random bytes as a rule file (docs/behaviour.md §9). The loader must
// never crash or hang; whatever it accepts must compile into a RuleSet or
// be refused with an Error, and every accepted rule's examples must run.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/rules_test_command.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "util/error.h"

using namespace holymigrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  RuleFileResult parsed = parse_rule_file(text, "fuzz.toml");
  if (!parsed.errors.empty() || parsed.rules.empty()) return 0;
  try {
    RuleSet rules(parsed.rules, Target{});
    (void)rules.scan(text, "");
    (void)run_rule_tests(parsed.rules);
  } catch (const Error&) {
    // A rule that cannot be compiled is a user error, reported as such.
  }
  return 0;
}
