// libFuzzer target: random bytes through every built-in rule (docs/behaviour.md §3-§6).
// Properties: no crash; edits are in bounds, sorted and never overlap;
// what a run writes (scan + plan + migrate_file), run again, edits nothing
// (idempotence, §6); no
// output edge leaks a key (nothing key-like survives redact()).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "migrate_once.h"
#include "model/edit.h"
#include "util/redact.h"

using namespace holymigrate;

namespace {

[[noreturn]] void fail(const char* what, std::string_view input) {
  std::fprintf(stderr, "scan_fuzz: %s (input %zu bytes)\n", what, input.size());
  std::abort();
}

const RuleSet& builtin() {
  static const RuleSet rules(load_rules(true, {}), Target{});
  return rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  FileResult first = builtin().scan(text, "");
  size_t last_end = 0;
  for (const Edit& e : first.edits) {
    if (e.begin > e.end || e.end > text.size()) fail("edit out of bounds", text);
    if (e.begin < last_end) fail("edits overlap or are not sorted", text);
    last_end = e.end;
  }
  for (const Finding& f : first.findings)
    if (f.begin > f.end || f.end > text.size()) fail("finding out of bounds", text);
  std::string after = apply_edits(text, first.edits);
  // Idempotence of what a run writes: the plan decides which candidate edits
  // a run keeps (a side-by-side client keeps its key), so the property holds
  // for scan + plan + migrate_file, not for the raw candidates.
  fuzz::Migrated once = fuzz::migrate_once(text, "", builtin());
  if (fuzz::migrate_once(once.after, "", builtin()).edits != 0)
    fail("not idempotent: a second run edits", text);
  if (!find_key_like(redact(text)).empty() || !find_key_like(redact(after)).empty() ||
      !find_key_like(redact(once.after)).empty())
    fail("redact() left a key", text);
  return 0;
}
