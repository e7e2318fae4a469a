// Which files are read (docs/behaviour.md §2). Inside a git work tree: the set
// `git ls-files --cached --others --exclude-standard` lists, computed with
// libgit2; outside git: a walk. Symbolic links are never followed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "model/options.h"

namespace holymigrate {

enum class SkipReason { Binary, TooLarge, Symlink, Unreadable, NotAFile, DefaultExcluded };
// "binary", "too-large", "symlink", "unreadable", "not-a-file" (a FIFO, a
// device, a socket), "default-excluded" (docs/behaviour.md §2)
const char* to_string(SkipReason r);

struct FileRef {
  // What messages show and what opens it: relative to cwd (or absolute
  // when the PATH given was outside it), no leading "./", '/' separators.
  // A string, not a std::filesystem::path: a path keeps every component as
  // another path, ~500 bytes a file in deep trees, and the list holds every
  // file of the tree (the peak RSS bound, docs/performance.md).
  std::string display;
  bool named = false;  // named on the command line (read even if ignored)
  // Relative to the PATH it was found under ('/' separators; a named file's
  // own name): what rules' `files` globs match (docs/behaviour.md §9).
  // Empty when it equals `display` (a walk of "."), which saves a copy of
  // every path of the tree; read it through path_in_tree().
  std::string rel;

  const std::string& path_in_tree() const { return rel.empty() ? display : rel; }
};

struct Skipped {
  Skipped() = default;
  Skipped(std::string d, SkipReason r, std::string inc = {})
      : display(std::move(d)), reason(r), include(std::move(inc)) {}
  std::string display;  // a folder of installed packages ends in '/' (see Discovery)
  SkipReason reason = SkipReason::Binary;
  // default-excluded only: the `--include` GLOB that brings it back (relative
  // to its PATH: `third_party/**`, `docs/CHANGELOG.md`, `static/*.min.js`),
  // and what a scan of it found (edits, findings; filled by the pipeline, 0
  // for a file it could not read).
  std::string include;
  size_t edits = 0;
  size_t findings = 0;
};

struct DiscoverOptions {
  std::vector<std::string> paths;     // as given; empty means "."
  std::vector<std::string> includes;  // gitignore-style, relative to each PATH
  std::vector<std::string> excludes;
  IgnoreFiles ignore_files = IgnoreFiles::Honour;
  // --also (docs/behaviour.md §2): gitignore-style, relative to each PATH;
  // default-excluded files and folders they match are read too, and the
  // run is not narrowed to them (unlike includes).
  std::vector<std::string> also;
  // Threads that list folders at once outside git (0: one per core). The
  // result is the same whatever the count.
  unsigned threads = 1;
};

struct Discovery {
  std::vector<FileRef> files;    // sorted by display, no duplicates
  std::vector<Skipped> skipped;  // symlinks (and unreadable folders)
  // Files a default skip leaves out (docs/behaviour.md §2) that the globs
  // would otherwise read: under vendor/ or third_party/, history, lock and
  // minified files. The pipeline scans them only to say what they hold.
  // A folder of installed packages or caches (node_modules/, a virtualenv,
  // __pycache__/) is not walked: it is one entry in `skipped`, its display
  // ending in '/'.
  struct Excluded {
    FileRef file;
    std::string include;  // as Skipped::include
  };
  std::vector<Excluded> default_excluded;
  // Git-ignored files named `.env` or `.env.*` under PATH (docs/behaviour.md §4.5): read
  // only to list action items, never rewritten.
  std::vector<FileRef> ignored_env_files;
  // The git work tree root holding the paths, empty outside git.
  std::filesystem::path git_root;
};

// Throws Error for a missing PATH ("<path>: no such file or directory") and
// for a bad glob. Globs and default skips apply to paths relative to each
// PATH; an include lifts a default skip only when its text names what was
// skipped (`node_modules/**`, `CHANGELOG.md`, `*.lock`); a file named as a
// PATH is always read unless it is a symlink. See discover.cpp for details.
// With several PATHs in different repositories, git_root is the first's.
Discovery discover(const DiscoverOptions& options);

}  // namespace holymigrate
