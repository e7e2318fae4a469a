// libFuzzer target: random bytes as a `.holymigrate.toml` (docs/behaviour.md §8). The
// loader must never crash or hang; a config it accepts must combine with an
// empty command line (apply_config) or be refused with an Error, and the
// rules its [env] and [models] tables stand for must compile into a RuleSet
// for the config's target and run their examples.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "cli/rules_test_command.h"
#include "config/config.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "model/options.h"
#include "util/error.h"

using namespace holymigrate;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ConfigParse parsed = parse_config(text, ".holymigrate.toml");
  if (!parsed.errors.empty()) return 0;
  Options o;
  try {
    apply_config(o, &parsed.config, TargetFlags{});
  } catch (const Error&) {
    return 0;  // refused with a message naming the line: a user error
  }
  const std::vector<Rule>& rules = o.config_rules;
  if (rules.empty()) return 0;
  try {
    RuleSet set(rules, o.target);
    (void)set.scan(text, "");
    (void)run_rule_tests(rules);
  } catch (const Error&) {
    // A mapping whose rule cannot compile is reported as such.
  }
  return 0;
}
