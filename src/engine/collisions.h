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
// .env file, each TOML table's `NAME = value` lines (a dotted key `env.NAME`
// in the table its prefix leads to), and in a Helm template (YAML no parser
// reads) each block of entries under one parent line, read by indentation,
// where entries under different `{{ if }}`/`range`/`with` branches never
// merge. In code (Python, JS/TS, ...), a read of a
// renamed variable used as a condition (`!!process.env.X`, `if os.getenv("X")`) in a file that
// reads two names that became one is kept renamed and gets `rename-collision`, warning: the code
// can no longer tell the providers apart. In JS a binding destructured from an env object
// (`const { ANTHROPIC_API_KEY: k } = process.env`) counts as such a read wherever it is used.
//
// resolve_collisions() must run on the final edit list of a file (after any
// project-wide decision dropped edits), because a merge deletes an entry
// whose twin must exist. find_collisions() runs in pass 1, on the candidate
// edits, and tells the plan which variables would collide (plan/plan.h).
#pragma once

#include <string_view>
#include <vector>

#include "model/edit.h"
#include "model/facts.h"

namespace holymigrate {

// Rewrites result.edits (merges, dropped renames) and adds findings, keeping
// both lists sorted and the edits non-overlapping. `path` selects the format
// (util/file_format.h); `text` is the file as read.
void resolve_collisions(std::string_view path, std::string_view text, FileResult& result);

// Pass 1, so that the plan can decide over the whole project: the groups of
// entries that resolve_collisions() would refuse (entries that would differ)
// if every edit of `edits` (a file's candidate edits, sorted) were made,
// with byte offsets only (Position fields left for the caller). Changes
// nothing. Empty, without parsing the file, when no two source names share
// a target in `edits` and no target name is written in `text` already.
std::vector<Collision> find_collisions(std::string_view path, std::string_view text,
                                       const std::vector<Edit>& edits);

}  // namespace holymigrate
