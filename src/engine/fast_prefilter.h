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
// The database is compiled in a child process (fork) and read back
// serialized, so the compiler's memory (~7 MiB) is not part of the run's
// peak RSS; in this process when the child cannot do it. The constructor only
// starts the child (construct while the process has no other thread): the
// first call of any member waits for it, so the compile (about 25 ms) runs
// while the caller discovers the files.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

class FastPrefilter {
 public:
  explicit FastPrefilter(const std::vector<std::string>& patterns);
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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace holymigrate
