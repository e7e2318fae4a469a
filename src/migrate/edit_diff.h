// A file's unified diff computed from its edits, without a diff algorithm
// (docs/performance.md). The edits say exactly which lines change, so the hunks come out
// in one linear pass over those lines, with no copy of the whole file beyond
// `after`: libgit2's xdiff (diff.h) needs both texts split into line records
// and an O(ND) search, which was a fifth of the run time and most of the
// peak memory on multi-MiB YAML files with thousands of edits.
//
// The output is what unified_diff() (libgit2) prints for the same texts:
// header with blob ids, 3 lines of context, hunks merged when at most 6
// lines apart, git's default function-name heading, "\ No newline at end
// of file". Where a change could be shown at another place (an inserted
// line equal to its neighbour, an added line equal to a removed one) libgit2
// is asked instead. In a text whose lines repeat a great deal, the diff
// algorithm may still pick other equal lines to mark as changed; the patch
// printed here is then a different but equally valid one (it applies to the
// same text and gives the same result). tests/unit/edit_diff_test.cpp and
// tests/corpus/ compare the two; on the real-code corpus they are equal for
// every one of the 1,586 files this path takes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "migrate/diff.h"
#include "model/edit.h"

namespace holymigrate {

// The diff of `before` -> `after` (= apply_edits(before, edits)), or nullopt
// when this fast path does not apply and unified_diff() must be used: an
// edit that removes a line break, or adds one other than as whole lines
// inserted at a line's start (or written as "\nX" at a line's end, or as
// "X\nW" after a line's leading W, which come to the same).
// `before_lines`, when given, is LineIndex(before): its lines are not
// counted again.
std::optional<std::string> diff_from_edits(std::string_view path, std::string_view before,
                                           std::string_view after, const std::vector<Edit>& edits,
                                           FileMode mode = FileMode::Regular,
                                           const LineIndex* before_lines = nullptr);

// `edits` of `before` moved onto redact(before) (util/redact.h): each byte
// offset shifted by what the key-like spans `keys` (find_key_like(before))
// before it lost to redaction. Nullopt when an edit reaches into a key (its
// offsets have no place in the redacted text) or the edits are not sorted.
// The result applied to redact(before) is redact(after) unless an edit
// makes or lengthens a key-like text; display_diff() checks that.
std::optional<std::vector<Edit>> edits_after_redaction(
    std::string_view before, const std::vector<std::pair<size_t, size_t>>& keys,
    const std::vector<Edit>& edits);

// What the report shows: the diff of the redacted texts (docs/behaviour.md §5.3). Uses
// diff_from_edits() when neither text holds a key, or when the edits moved
// onto the redacted text give the redacted new text; libgit2 otherwise.
std::string display_diff(std::string_view path, std::string_view before, std::string_view after,
                         const std::vector<Edit>& edits, FileMode mode = FileMode::Regular,
                         const LineIndex* before_lines = nullptr);

// The exact diff (for --patch).
std::string exact_diff(std::string_view path, std::string_view before, std::string_view after,
                       const std::vector<Edit>& edits, FileMode mode = FileMode::Regular,
                       const LineIndex* before_lines = nullptr);

}  // namespace holymigrate
