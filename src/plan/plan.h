// The planning pass (docs/behaviour.md §11): the one place that sees every
// file of the run before anything is written. Takes the FileScan of every
// file that had anything (engine/scan.h) and decides which candidate edits
// are made, which findings are reported and how severe, and what is added.
// Pure: values in, a value out; it reads no file.
//
// The Plan says, per file (named by FileScan::index):
//   drop_edit        an edit is not made      ("do not rename X anywhere")
//   set_replacement  an edit's new text       (A becomes B, below)
//   drop_finding     a finding is not reported
//   set_severity     a finding's severity     ("this finding becomes error")
//   add_finding      a new finding            ("external-env at file:offset")
//   add_action       a new action item
// and migrate_file() (migrate/migrate_file.h) applies exactly that.
//
// What plan() decides (docs/behaviour.md §4.6, §5.1, §5.2). A variable (the
// name as the environment spells it, a framework prefix included) is renamed
// everywhere or nowhere:
//   - nowhere, when a framework binds it from its own config (Nuxt
//     runtimeConfig, pydantic-settings, Spring relaxed binding): the binding
//     cannot move with it; `external-env` (warning) at the binding;
//   - nowhere, when container env (Kubernetes, Helm, compose) hands it to a
//     program and no code in the tree reads it, explicitly or through an SDK
//     client that reads it by itself: the program is someone else's image;
//     `external-env` (warning) at each container entry, saying what the
//     program needs instead;
//   - per container, when code reads it and container env also hands it to a
//     third-party image (an image written out, built nowhere here, in a file
//     that also runs a container of this tree: compose `build:`, a chart's
//     templated image, or an image a compose service builds): the
//     third-party entries keep their names, with `external-env`;
//   - nowhere, when entries of one scope would get one name with different
//     values (FileScan::facts.collisions, docs/behaviour.md §11.2): renamed
//     elsewhere, the two sides would no longer meet; `rename-collision`
//     (error) at every such entry, naming the others;
//   - everywhere otherwise.
// ANTHROPIC_BASE_URL becomes B instead of A when every reader in the tree is
// `@ai-sdk/anthropic` code (that library's base URL includes /v1, §5.1).
// An `implicit-client` finding (a client left unedited) whose key variable
// is renamed — read by the SDK itself, or passed in the call's arguments —
// becomes `error` (§5.2): it would send the HolySheep key to the old provider.
// So does one whose SDK reads a key variable by itself that no non-test file
// provides after this run, in a tree being moved (a client aimed at the
// target or fixed in this run, or a file naming K: Facts::names_key) — the
// same error on the first run and on every run after a --write.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "engine/scan.h"
#include "model/action_item.h"
#include "model/edit.h"
#include "model/target.h"

namespace holymigrate {

// What plan() needs beyond the scans.
struct PlanOptions {
  Target target;
  // Bare source name -> target name, from the env-rename rules
  // (OPENAI_API_KEY -> HOLYSHEEP_API_KEY, ANTHROPIC_BASE_URL -> A).
  std::map<std::string, std::string, std::less<>> renames;
};

// The options for a run with `rules` (their target and env-rename rules).
PlanOptions plan_options(const RuleSet& rules);

// The decisions about one file. Indexes are into that file's
// FileScan::edits and FileScan::findings.
struct FilePlan {
  std::vector<size_t> dropped_edits;           // sorted, unique
  std::map<size_t, std::string> replacements;  // edit index -> its new replacement text
  std::vector<size_t> dropped_findings;        // sorted, unique
  std::map<size_t, Severity> severity;         // finding index -> its new severity
  std::vector<ScanFinding> added_findings;     // reported with the file's own, by offset
  std::vector<ActionItem> added_actions;
  bool keeps_edit(size_t edit) const;
  bool keeps_finding(size_t finding) const;
};

class Plan {
 public:
  // `file` is FileScan::index of a scan passed to plan(). Out-of-range edit
  // and finding indexes are the caller's bug (asserted in debug builds).
  void drop_edit(size_t file, size_t edit);
  void set_replacement(size_t file, size_t edit, std::string replacement);
  void drop_finding(size_t file, size_t finding);
  void set_severity(size_t file, size_t finding, Severity severity);
  // The finding's begin/end offsets and positions must be in that file as
  // scanned (take them from its Facts, edits or findings).
  void add_finding(size_t file, ScanFinding finding);
  void add_action(size_t file, ActionItem action);

  // The decisions about one file; an empty FilePlan when there are none.
  const FilePlan& file(size_t index) const;
  // Whether at least one edit of `scan` is kept: only then does pass 2 read
  // the file again.
  bool keeps_edits(const FileScan& scan) const;

 private:
  std::map<size_t, FilePlan> files_;
};

// `scans` in path order (by FileScan::index).
Plan plan(const std::vector<FileScan>& scans, const PlanOptions& options);

}  // namespace holymigrate
