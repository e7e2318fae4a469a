// Unified diffs in git's format, made by libgit2 (git_patch_from_buffers):
// `diff --git a/P b/P`, `--- a/P`, `+++ b/P`, hunks with 3 lines of context.
#pragma once

#include <string>
#include <string_view>

namespace holymigrate {

// The patch turning `before` into `after` for `path` ('/' separators,
// relative to where the patch applies). Empty when they are equal.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

// Colours a patch for a terminal: headers bold, hunks cyan, -/+ red/green.
std::string colorize_diff(std::string_view patch);

}  // namespace holymigrate
