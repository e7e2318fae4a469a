// libFuzzer target: random bytes through every built-in rule as a file of
// each language the client-call rules read (docs/behaviour.md §5): fuzz_scan passes no
// path, so the client matcher guesses Python or JS from the text and never
// reads a notebook or a Go/Java/C#/Rust/Ruby file; this target names the
// file. Every input is scanned as x.py, x.ts and x.ipynb, and once more under
// a path chosen by its first byte. Properties as in fuzz_scan: edits in
// bounds, sorted, never overlapping; findings in bounds; the same edits and
// findings with the prefilter and client gate off; what a run writes
// (scan + plan + migrate_file), run again under the same path, edits nothing.
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

using namespace holymigrate;

namespace {

[[noreturn]] void fail(const char* what, std::string_view path, std::string_view input) {
  std::fprintf(stderr, "client_fuzz: %s as %.*s (input %zu bytes)\n", what,
               static_cast<int>(path.size()), path.data(), input.size());
  std::abort();
}

const RuleSet& builtin() {
  static const RuleSet rules(load_rules(true, {}), Target{});
  return rules;
}

void check(std::string_view text, std::string_view path) {
  FileResult first = builtin().scan(text, path);
  size_t last_end = 0;
  for (const Edit& e : first.edits) {
    if (e.begin > e.end || e.end > text.size()) fail("edit out of bounds", path, text);
    if (e.begin < last_end) fail("edits overlap or are not sorted", path, text);
    last_end = e.end;
  }
  for (const Finding& f : first.findings)
    if (f.begin > f.end || f.end > text.size()) fail("finding out of bounds", path, text);
  // The prefilter and the client gate only skip work (engine/rule_set.h).
  FileResult full = builtin().scan(text, path, Prefilter::Off);
  if (full.edits.size() != first.edits.size() || full.findings.size() != first.findings.size())
    fail("the prefilter changed what a scan finds", path, text);
  for (size_t i = 0; i < full.edits.size(); ++i)
    if (full.edits[i].begin != first.edits[i].begin || full.edits[i].end != first.edits[i].end ||
        full.edits[i].replacement != first.edits[i].replacement)
      fail("the prefilter changed an edit", path, text);
  if (first.edits.empty()) return;
  // What a run writes (scan + plan + migrate_file), run again: no edit.
  fuzz::Migrated once = fuzz::migrate_once(text, path, builtin());
  if (fuzz::migrate_once(once.after, path, builtin()).edits != 0)
    fail("not idempotent: a second run edits", path, text);
}

constexpr std::string_view kOther[] = {"x.pyi", "x.pyw", "x.js",  "x.mjs", "x.cjs",  "x.jsx",
                                       "x.tsx", "x.mts", "x.cts", "x.go",  "x.java", "x.kt",
                                       "x.cs",  "x.rs",  "x.rb",  "bin/x", "a.b/x",  "x.txt"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (std::string_view path : {"x.py", "x.ts", "x.ipynb"}) check(text, path);
  if (size > 0) check(text, kOther[data[0] % std::size(kOther)]);
  return 0;
}
