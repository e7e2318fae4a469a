// Gitignore-style globs for --include / --exclude (docs/behaviour.md §1, §2), matched
// against '/'-separated paths relative to a PATH given on the command line.
//
//   - A glob without '/' (a trailing '/' does not count) matches a basename
//     at any depth: `*.py` matches `a/b/c.py`.
//   - A glob with a leading or inner '/' is anchored at PATH: `/x.py` and
//     `src/*.py` match only there.
//   - A trailing '/' matches folders only: `build/`.
//   - `*` and `?` never match '/'; `[a-z]`, `[!a-z]`, `[[:digit:]]` are
//     classes; `**` as a whole segment matches any number of folders
//     (`**/x`, `a/**/b`, `a/**`); `\` quotes the next character.
//   - A glob that matches a folder matches everything in it.
//   - Case-sensitive; `!` at the start is a literal (use --exclude instead).
//
// libgit2 does not expose its wildmatch publicly, so each glob is translated
// to one RE2 regex (Latin-1 mode, so arbitrary path bytes match; `?` takes a
// whole UTF-8 sequence).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "util/error.h"

namespace re2 {
class RE2;
}

namespace holymigrate {

class Glob {
 public:
  // Fails for an empty glob or a class RE2 rejects (`[[:nope:]]`); the
  // message quotes the glob.
  static Expected<Glob> parse(std::string_view text);

  // `path` is a file's path relative to PATH: true when the glob matches it
  // or one of the folders holding it.
  bool matches(std::string_view path) const;
  // `dir` is a folder relative to PATH: true when the glob matches the folder
  // itself, so everything in it.
  bool matches_dir(std::string_view dir) const;

  const std::string& text() const { return text_; }
  // The translated regex, for tests and debugging.
  const std::string& regex() const { return regex_; }

 private:
  Glob() = default;
  std::string text_;
  std::string regex_;
  std::shared_ptr<const re2::RE2> re_;
};

// The regex a glob translates to (anchored with ^...$), without compiling it.
std::string glob_to_regex(std::string_view glob);

}  // namespace holymigrate
