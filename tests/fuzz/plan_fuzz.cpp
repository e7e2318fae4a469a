// libFuzzer target: a small project through pass 1, the plan and pass 2
// (engine/scan.h, plan/plan.h, migrate/migrate_file.h; docs/behaviour.md
// §4.6, §5.2, §6, §11). The input is split on "\n--\n" into up to 8 files,
// named from a fixed list (code, .env, compose, Kubernetes, TOML, Nuxt and
// pydantic config), so cross-file decisions (rename everywhere or nowhere,
// external-env, collisions, implicit-client severity) see several readers.
// Properties: no crash; the plan's edits are in bounds, sorted and never
// overlap; the project after pass 2, scanned and planned again, keeps no
// edit (running twice changes nothing, §6).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "engine/scan.h"
#include "migrate/migrate_file.h"
#include "plan/plan.h"

using namespace holymigrate;

namespace {

[[noreturn]] void fail(const char* what, std::string_view path, size_t size) {
  std::fprintf(stderr, "plan_fuzz: %s in %.*s (input %zu bytes)\n", what,
               static_cast<int>(path.size()), path.data(), size);
  std::abort();
}

const RuleSet& builtin() {
  static const RuleSet rules(load_rules(true, {}), Target{});
  return rules;
}

constexpr std::string_view kNames[] = {
    "app/main.py",     "web/client.ts",  ".env.example",    "docker-compose.yml",
    "k8s/deploy.yaml", "nuxt.config.ts", "app/settings.py", ".github/workflows/ci.yml"};

FileRef ref(size_t i) {
  FileRef f;
  f.display = std::string(kNames[i]);
  f.rel = f.display;
  return f;
}

// Pass 1 and the plan over `files`: the scans (index = position) and the plan.
std::vector<FileScan> scan_all(const std::vector<std::string>& files) {
  std::vector<FileScan> scans;
  for (size_t i = 0; i < files.size(); ++i) {
    FileScan s = scan(files[i], ref(i), builtin());
    s.index = i;
    scans.push_back(std::move(s));
  }
  return scans;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> files;
  while (files.size() + 1 < std::size(kNames)) {
    size_t cut = input.find("\n--\n");
    if (cut == std::string_view::npos) break;
    files.emplace_back(input.substr(0, cut + 1));
    input.remove_prefix(cut + 4);
  }
  files.emplace_back(input);

  std::vector<FileScan> scans = scan_all(files);
  const Plan planned = plan(scans, plan_options(builtin()));
  std::vector<std::string> after = files;
  for (size_t i = 0; i < files.size(); ++i) {
    const FileScan& s = scans[i];
    size_t last_end = 0;
    for (size_t e = 0; e < s.edits.size(); ++e) {
      if (!planned.file(i).keeps_edit(e)) continue;
      const Edit& edit = s.edits[e].edit;
      if (edit.begin > edit.end || edit.end > files[i].size())
        fail("edit out of bounds", kNames[i], size);
      if (edit.begin < last_end) fail("kept edits overlap or are not sorted", kNames[i], size);
      last_end = edit.end;
    }
    if (!planned.keeps_edits(s)) continue;
    FileOutcome out = migrate_file(files[i], s, planned, builtin(), MigrateOptions{}, kNames[i]);
    if (!out.report.edits.empty()) after[i] = std::move(out.after);
  }

  std::vector<FileScan> again = scan_all(after);
  const Plan replanned = plan(again, plan_options(builtin()));
  // What the second run writes: the plan's kept edits through pass 2, which
  // may still refuse them (a collision inside one file, §11.2) as it did in
  // the first run.
  for (size_t i = 0; i < again.size(); ++i) {
    if (!replanned.keeps_edits(again[i])) continue;
    FileOutcome out =
        migrate_file(after[i], again[i], replanned, builtin(), MigrateOptions{}, kNames[i]);
    if (!out.report.edits.empty()) fail("not idempotent: a second run edits", kNames[i], size);
  }
  return 0;
}
