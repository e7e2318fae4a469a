// Where the paths in a patch start (docs/behaviour.md §7): `a/P` and `b/P` must apply with
// `git apply` and `patch -p1` run from one folder. That folder is the git work
// tree root inside a repository (as `git diff` prints them, whatever the cwd),
// and the scanned folder outside one.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

// The folder patch paths are relative to, canonical: `git_root` when set;
// otherwise the scanned folder — a PATH that is a folder, the parent of a PATH
// that is a file, and with several PATHs the deepest folder holding them all.
// Empty when a PATH does not exist (discover() reports that first).
std::filesystem::path patch_base(const std::vector<std::string>& paths,
                                 const std::filesystem::path& git_root);

// `file` relative to `base` with '/' separators. `fallback` (the cwd-relative
// display path) when the file is not under `base` (a PATH in another
// repository) or `base` is empty.
std::string path_in_patch(const std::filesystem::path& file, const std::filesystem::path& base,
                          std::string_view fallback);

}  // namespace holymigrate

namespace holymigrate {

// `diff` (a one-file patch for `path`) with its header lines as git writes
// them for awkward names: "a/P" and "b/P" C-quoted when P holds a `"`, `\`,
// a control character or a byte >= 0x80 (core.quotepath's default), and a
// tab after the `---`/`+++` names when P holds a space, so that `git apply`
// and `patch -p1` read the name back exactly. libgit2 1.5 writes names raw.
std::string with_git_quoted_paths(std::string diff, std::string_view path);

}  // namespace holymigrate
