// A file's unified diff computed from its edits, without a diff algorithm
// (docs/performance.md). The edits say exactly which lines change, so the hunks come out
// in one linear pass over those lines, with no copy of the whole file beyond
// `after`: libgit2's xdiff (diff.h) needs both texts split into line records
// and an O(ND) search, which was a fifth of the run time and most of the
// peak memory on multi-MiB YAML files with thousands of edits.
//
// The output is byte for byte what unified_diff() (libgit2) prints for the
// same texts: header with blob ids, 3 lines of context, hunks merged when at
// most 6 lines apart, git's default function-name heading, "\ No newline at
// end of file". tests/unit/edit_diff_test.cpp and tests/corpus/ hold it to
// that.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "migrate/diff.h"
#include "model/edit.h"

namespace holymigrate {

// The diff of `before` -> `after` (= apply_edits(before, edits)), or nullopt
// when this fast path does not apply and unified_diff() must be used: an
// edit that removes or adds a line break.
std::optional<std::string> diff_from_edits(std::string_view path, std::string_view before,
                                           std::string_view after, const std::vector<Edit>& edits,
                                           FileMode mode = FileMode::Regular);

// What the report shows: the diff of the redacted texts (docs/behaviour.md §5.3). Uses
// diff_from_edits() when neither text holds a key, libgit2 otherwise.
std::string display_diff(std::string_view path, std::string_view before, std::string_view after,
                         const std::vector<Edit>& edits, FileMode mode = FileMode::Regular);

// The exact diff (for --patch).
std::string exact_diff(std::string_view path, std::string_view before, std::string_view after,
                       const std::vector<Edit>& edits, FileMode mode = FileMode::Regular);

}  // namespace holymigrate
