// The fingerprint of an edit or a finding (docs/behaviour.md §10): the one
// definition behind JSON `fingerprint` and SARIF `partialFingerprints`, and
// what `--baseline` compares (§5.5).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace holymigrate {

// SHA-1 (40 hex digits, via libgit2) of rule, path and the exact matched
// bytes, then ":<ordinal>": 1 for the first identical (rule, text) in the
// file, 2 for the second... No line or column, so it stays the same when
// lines move. The key of a hardcoded-key finding goes into the hash, not
// into the output: a hash of 20+ random characters does not reveal them.
std::string result_fingerprint(std::string_view rule, std::string_view path, std::string_view text,
                               size_t ordinal);

// Hands out the ordinals of one file's results, in the order they are asked for.
class FingerprintCounter {
 public:
  explicit FingerprintCounter(std::string path) : path_(std::move(path)) {}
  std::string next(std::string_view rule, std::string_view text);

 private:
  std::string path_;
  std::map<std::pair<std::string, std::string>, size_t> seen_;
};

}  // namespace holymigrate
