// Property tests over a generated corpus (issue 7), for every file the tool
// would read:
//   - a scan with the prefilter gives exactly what a full scan without it
//     gives, so the prefilter never drops a file that needs edits;
//   - the diff computed from the edits is libgit2's diff, byte for byte;
//   - a YAML file's env regions from the event stream are those of the walk
//     over its outline (engine/yaml_regions.h), as CI and as anything else;
//   - a YAML file's edits that pass 1 found structure-safe (YamlSpot,
//     keeps_structure()), made together, leave it as valid and shaped as it
//     was: what lets pass 2 skip parsing it again.
//
//   corpus_check CORPUS_DIR      exit 0 when every file agrees
#include <fmt/format.h>

#include <cstdio>

#include "../yaml_shape.h"
#include "discover/discover.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "engine/scan.h"
#include "engine/yaml_regions.h"
#include "io/file_io.h"
#include "migrate/diff.h"
#include "migrate/edit_diff.h"

using namespace holymigrate;

namespace {

std::string describe(const FileResult& r) {
  std::string out;
  for (const Edit& e : r.edits)
    out += fmt::format("edit {} {}-{} {}\n", e.rule, e.begin, e.end, e.replacement);
  for (const Finding& f : r.findings)
    out += fmt::format("finding {} {}-{}\n", f.rule, f.begin, f.end);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: corpus_check CORPUS_DIR\n");
    return 2;
  }
  RuleSet rules(load_rules(true, {}), Target{});
  DiscoverOptions d;
  d.paths = {argv[1]};
  d.ignore_files = IgnoreFiles::Ignore;  // the corpus sits in a git-ignored build folder
  Discovery found = discover(d);
  size_t read = 0, with_hits = 0, diffs = 0, bad = 0, yaml = 0, kept = 0;
  for (const FileRef& f : found.files) {
    ReadFile file = read_file(f.display, 16ull << 20);
    if (file.skipped) continue;
    ++read;
    if (f.display.ends_with(".yml") || f.display.ends_with(".yaml")) {
      ++yaml;
      for (bool ci : {false, true})
        if (yaml_regions(file.bytes, ci) != yaml_regions_by_outline(file.bytes, ci)) {
          ++bad;
          fmt::print(stderr, "{}: yaml_regions differs from the outline's walk (ci: {})\n",
                     f.display, ci);
        }
      FileScan scanned = scan(file.bytes, f, rules);
      std::vector<Edit> safe;
      for (const CandidateEdit& e : scanned.edits)
        if (keeps_structure(e.spot, e.edit.replacement)) safe.push_back(e.edit);
      if (!safe.empty()) {
        ++kept;
        if (auto unlike = testing::yaml_unlike(file.bytes, apply_edits(file.bytes, safe))) {
          ++bad;
          fmt::print(stderr, "{}: structure-safe edits changed it: {}\n", f.display, *unlike);
        }
      }
    }
    FileResult result = rules.scan(file.bytes, f.display, Prefilter::On);
    std::string on = describe(result);
    std::string off = describe(rules.scan(file.bytes, f.display, Prefilter::Off));
    if (!off.empty()) ++with_hits;
    if (on != off) {
      ++bad;
      fmt::print(stderr, "{}: prefilter changed the result\n-- with:\n{}-- without:\n{}", f.display,
                 on, off);
    }
    if (result.edits.empty()) continue;
    std::string after = apply_edits(file.bytes, result.edits);
    // With the lines counted once, as migrate_file() passes them.
    const LineIndex lines(file.bytes);
    auto fast =
        diff_from_edits(f.display, file.bytes, after, result.edits, FileMode::Regular, &lines);
    if (fast) ++diffs;
    if (!fast) continue;
    std::string slow = unified_diff(f.display, file.bytes, after);
    if (*fast != slow) {
      ++bad;
      size_t at = 0;
      while (at < fast->size() && at < slow.size() && (*fast)[at] == slow[at]) ++at;
      size_t line = fast->rfind('\n', at == 0 ? 0 : at - 1);
      line = line == std::string::npos ? 0 : line + 1;
      auto rest = [&](const std::string& s) { return s.substr(line, s.find('\n', line) - line); };
      fmt::print(stderr,
                 "{}: diff_from_edits differs from libgit2's diff:\n  ours: {}\n  git:  {}\n",
                 f.display, rest(*fast), rest(slow));
    }
  }
  fmt::print(
      "{} files read, {} with edits or findings, {} diffs compared, {} YAML files' regions "
      "compared, {} YAML files' structure-safe edits made, {} differ\n",
      read, with_hits, diffs, yaml, kept, bad);
  // A corpus without a single hit would prove nothing.
  return bad == 0 && with_hits > 0 && diffs > 0 && yaml > 0 ? 0 : 1;
}
