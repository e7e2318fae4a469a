// The compiled rules: one matcher per rule, plus a one-pass prefilter
// (RE2::Set of every matcher's required pattern, with Hyperscan ahead of it
// when the build has it: engine/fast_prefilter.h) that tells which rules can
// act on a file before any of them runs. Built once, shared read-only by the
// scanning threads.
#pragma once

#include <re2/set.h>

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fast_prefilter.h"
#include "engine/matcher.h"
#include "model/edit.h"
#include "model/rule.h"
#include "model/target.h"
#include "util/glob.h"

namespace holymigrate {

// Whether scan() first runs the one-pass prefilter. Off runs every rule on
// every file: the reference the prefilter is tested against (it must never
// change a result, only skip work).
enum class Prefilter { On, Off };

class RuleSet {
 public:
  // Throws Error listing every rule that cannot be compiled.
  RuleSet(std::vector<Rule> rules, const Target& target);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // One file's bytes -> edits and findings. `path` is relative to the scanned
  // root ('/' separators) and selects rules by their `files` globs; pass an
  // empty path to run every rule (rule tests do). Suppression comments
  // (docs/behaviour.md §5.5) are honoured; overlapping edits are resolved: the earliest
  // wins, ties go to the rule loaded first.
  FileResult scan(std::string_view text, std::string_view path,
                  Prefilter prefilter = Prefilter::On) const;

  const std::vector<Rule>& rules() const { return rules_; }
  // The rule with this id, or nullptr.
  const Rule* rule(std::string_view id) const;
  const Target& target() const { return target_; }
  // Every rule's prefilter pattern (Matcher::prefilter()), in rule order:
  // the list the FastPrefilter was given (the build embeds the built-in
  // rules' database by it: src/engine/prefilter_image_main.cpp).
  const std::vector<std::string>& prefilter_patterns() const { return patterns_; }
  const FastPrefilter& fast_prefilter() const { return *fast_; }

 private:
  std::vector<int> candidates(std::string_view text) const;

  std::vector<Rule> rules_;
  Target target_;
  std::vector<std::unique_ptr<Matcher>> matchers_;
  std::vector<std::vector<Glob>> file_globs_;  // per rule; empty: every file
  // Per rule, the config's [rules.ID] include / exclude (Rule::path_include).
  std::vector<std::vector<Glob>> path_includes_, path_excludes_;
  std::unique_ptr<RE2::Set> prefilter_;  // every rule's prefilter pattern
  // Hyperscan over the same patterns, when the build has it; `rest_` holds
  // the patterns it does not cover, `rest_ids_` their rule indices.
  std::unique_ptr<FastPrefilter> fast_;
  // Built on first use, once Hyperscan's compile is read (build_rest()).
  std::vector<std::string> patterns_;
  std::unique_ptr<std::once_flag> rest_once_;
  mutable std::unique_ptr<RE2::Set> rest_;
  mutable std::vector<int> rest_ids_;
  void build_rest() const;
  std::set<std::string, std::less<>> rename_rules_;  // ids of env-rename rules
};

// Lines (1-based) that suppression comments silence in `text`.
std::vector<size_t> suppressed_lines(std::string_view text, const LineIndex& lines);

}  // namespace holymigrate
