// Unified diffs in git's format, made by libgit2 (git_patch_from_buffers):
// `diff --git a/P b/P`, `--- a/P`, `+++ b/P`, hunks with 3 lines of context.
#pragma once

#include <string>
#include <string_view>

namespace holymigrate {

// The file's git mode, printed on the `index` line as `git diff` does
// (100644 or 100755). Edits never change a mode, so no `old mode`/`new mode`
// lines are ever due.
enum class FileMode { Regular, Executable };

// The patch turning `before` into `after` for `path` ('/' separators,
// relative to where the patch applies, see patch_base.h). Empty when they are
// equal. The dry-run display and `--patch` both come from here.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         FileMode mode = FileMode::Regular);

}  // namespace holymigrate
