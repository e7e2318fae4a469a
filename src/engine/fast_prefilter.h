// Which of a rule set's prefilter patterns (Matcher::prefilter(), RE2 syntax)
// may match somewhere in a text, answered in one pass by Hyperscan (Debian
// libhyperscan-dev on amd64, libvectorscan-dev elsewhere) when the build has
// it: its literal matchers (FDR/Teddy: SIMD over the rules' required
// literals, which it derives from the patterns themselves) skip most files
// several times faster than the RE2::Set DFA, which stays the reference and
// the fallback (RuleSet::scan, docs/performance.md).
//
// The answer is a superset of the RE2::Set's, never a subset: only patterns
// whose byte-mode reading matches wherever RE2's UTF-8 reading does are
// covered (ASCII literals, classes that are not negated, groups, `(?i)` at
// the start, …; not `.`, `\S`, `[^…]`, `\p{…}`, other flags: see
// byte_mode_safe() in the .cpp), each compiled with HS_FLAG_PREFILTER (a
// match is always reported); and RE2's `(?i)` also folds the two non-ASCII
// characters that fold to ASCII letters (U+212A KELVIN SIGN to k, U+017F
// LONG S to s), which byte mode does not: a text holding either is reported
// as "cannot tell". The caller runs the patterns not covered (a user's
// pattern rule may be any RE2) through the RE2::Set.
//
// The built-in rules' database is compiled when the binary is built
// (compile_image(), src/engine/prefilter_image_main.cpp) and embedded
// (builtin_prefilter_image()): a run whose patterns give exactly the input
// that database was compiled from reads it back and compiles nothing. Any
// other list (a user's rule, a config that changes a pattern), or an image
// this libhs refuses (another version, a CPU without a feature the image
// uses, a bad checksum), is compiled at run time: in a child
// process (fork), read back serialized, so the compiler's memory (~7 MiB) is
// not part of the run's peak RSS; in this process when the child cannot do
// it. The constructor only starts the child (construct while the process has
// no other thread): the first call of any member waits for it, so the
// compile (about 25 ms) runs while the caller discovers the files.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

// A database compiled ahead of time, serialized, with what it was compiled
// from: the form the build embeds for the built-in rules.
struct PrefilterImage {
  // Exactly the input of the first hs_compile_multi (each expression with
  // its id and flags, and the mode), in one string: a run uses the database
  // only when its own input gives the same bytes. (When Hyperscan refuses a
  // pattern, the compile drops it and tries again: that follows from the
  // first input.)
  std::string_view key;
  // One byte per pattern of the list, '1' when the database covers it.
  std::string_view covered;
  // hs_serialize_database's bytes, compiled for any x86-64 (no AVX2 or
  // AVX-512 assumed); empty: no image.
  std::string_view database;
};

// The built-in rules' image, compiled and embedded at build time (the
// generated prefilter_image.cpp). Only a build with Hyperscan defines it.
PrefilterImage builtin_prefilter_image();

class FastPrefilter {
 public:
  // Whether the constructor may take the database from
  // builtin_prefilter_image(); Ignore compiles (tests compare the two).
  enum class Image { Use, Ignore };
  explicit FastPrefilter(const std::vector<std::string>& patterns, Image image = Image::Use);
  ~FastPrefilter();
  FastPrefilter(const FastPrefilter&) = delete;
  FastPrefilter& operator=(const FastPrefilter&) = delete;

  // False when the build has no Hyperscan or no pattern compiled.
  bool enabled() const;
  // Whether pattern i (the index in the constructor's list) is covered.
  bool covers(size_t i) const;

  // Appends to `out` the indices of the covered patterns that may match
  // `text`. False when it cannot tell (no Hyperscan, a scan error, a text
  // over 4 GiB, a Kelvin sign or long s): the caller must then use the RE2::Set
  // for every pattern.
  bool match(std::string_view text, std::vector<int>& out) const;

  // Where the database came from (waits for it like the others): None (no
  // Hyperscan, nothing covered, or the compile failed), Image (the embedded
  // one), Child (compiled in a child process), Here (in this process).
  enum class Origin { None, Image, Child, Here };
  Origin origin() const;

  // What the build embeds (src/engine/prefilter_image_main.cpp): the
  // database of `patterns` compiled for a portable x86-64 target (Hyperscan's
  // generic tuning and no optional CPU feature, so a binary built on one
  // machine runs on any other), serialized, with its key and covered
  // patterns (the strings of PrefilterImage, owned), and
  // hs_serialized_database_info's line ("Version: 5.4.0 Features:  Mode:
  // BLOCK": no features). nullopt without Hyperscan or when nothing
  // compiles.
  struct OwnedImage {
    std::string key, covered, database, info;
  };
  static std::optional<OwnedImage> compile_image(const std::vector<std::string>& patterns);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace holymigrate
