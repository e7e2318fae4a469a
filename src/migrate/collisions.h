// docs/behaviour.md §11.2: no two entries of one name in one scope. When
// renames make two entries of one scope carry the same name (OPENAI_API_KEY
// and ANTHROPIC_API_KEY both become HOLYSHEEP_API_KEY):
//   - entries that become identical are merged: the first (in file order)
//     stays, every later one is removed whole — all the lines of a block
//     entry or list item, with their line endings; in flow style ({...},
//     JSON) the entry and one comma;
//   - entries that would differ are not renamed at all (none of them: which
//     value is right is the user's call) and each gets `rename-collision`,
//     error, naming the lines of the others.
// Scopes: each YAML mapping (compose `environment:`, workflow `env:`,
// `on.workflow_call.secrets`, ...), each YAML list of env entries (items
// `- name: X` with value/valueFrom, or `- X=value`), each JSON object, one
// .env file, each TOML table's `NAME = value` lines. In code (Python, JS/TS, ...), a read of a
// renamed variable used as a condition (`!!process.env.X`, `if os.getenv("X")`) in a file that
// reads two names that became one is kept renamed and gets `rename-collision`, warning: the code
// can no longer tell the providers apart.
//
// Must run on the final edit list of a file (after any project-wide decision
// dropped edits), because a merge deletes an entry whose twin must exist.
#pragma once

#include <string_view>

#include "model/edit.h"

namespace holymigrate {

// Rewrites result.edits (merges, dropped renames) and adds findings, keeping
// both lists sorted and the edits non-overlapping. `path` selects the format
// (util/file_format.h); `text` is the file as read.
void resolve_collisions(std::string_view path, std::string_view text, FileResult& result);

}  // namespace holymigrate
