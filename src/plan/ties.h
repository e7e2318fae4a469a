// Which of a run's kept edits stand or fall together (docs/behaviour.md §10,
// §11), for `-i/--interactive`: a reviewer may refuse any edit the plan
// keeps, but not one half of a pair the plan made whole. Pure: values in, a
// value out.
//
// The ties come from the facts pass 1 recorded (model/facts.h), the same
// facts plan() decides with:
//   - a variable is renamed everywhere or nowhere (§4.6, §11.4): every edit
//     that renames one variable (EnvUse::variable) where it is read or
//     provided — code, .env files, workflows, manifests, in any file — is
//     tied to the others; a mention in prose (EnvAccess::Unknown: README,
//     docs) reads and provides nothing and stays a question of its own;
//   - a client fix needs the key and base-URL renames of the variables its
//     SDK reads by itself (ClientUse::reads_env, §5.2, §11.3): the fix is
//     tied to those variables' renames;
//   - an edit inside a client call (an endpoint URL in its arguments)
//     decides where that client sends the key it reads, so it is tied to
//     the client's variables too (§11.3);
//   - an edit a client rule makes for its fixes rather than for one client
//     (an `import os`, an `"os"` import in Go) is a helper: it is made when
//     at least one fix of that rule in its file is accepted, and asked about
//     with each of them, never on its own.
// Not derived: an endpoint URL kept in a constant outside the call that
// uses it (the facts do not follow values); hold_broken_file and the
// half-migration checks of a later --check still catch the worst of that.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/rule_set.h"
#include "engine/scan.h"
#include "plan/plan.h"

namespace holymigrate {

// One kept edit: `file` is the position of its FileScan in the vector given
// to tied_edits() (not FileScan::index), `edit` an index into its edits.
struct EditRef {
  size_t file = 0;
  size_t edit = 0;
  auto operator<=>(const EditRef&) const = default;
};

// Edits that are accepted or refused as one.
struct TiedEdits {
  std::vector<EditRef> edits;          // sorted; one or more
  std::vector<std::string> variables;  // the renamed variables that tie them, sorted
  bool client = false;                 // a client fix or an edit inside a client call is among them
  // A client rule's edits in one file tied because its calls' spans are not
  // known (ClientUse::end 0), so the parts of one fix cannot be told apart.
  bool client_edits_of_file = false;
};

// A client rule's edit that serves its fixes in one file (`import os`):
// made when one of `needed_by` (those fixes) is made.
struct HelperEdit {
  EditRef edit;
  std::vector<EditRef> needed_by;  // sorted; one or more
};

struct Ties {
  // Every edit `plan` keeps in `scans` but the helpers, in exactly one
  // group; groups ordered by their first edit. A group of one edit has no
  // variables unless that edit renames one.
  std::vector<TiedEdits> groups;
  std::vector<HelperEdit> helpers;  // by edit
};

Ties tied_edits(const std::vector<FileScan>& scans, const Plan& plan, const RuleSet& rules);

}  // namespace holymigrate
