#include "report/fingerprint.h"

#include <fmt/format.h>
#include <git2.h>

#include "git/libgit2.h"

namespace holymigrate {

std::string result_fingerprint(std::string_view rule, std::string_view path, std::string_view text,
                               size_t ordinal) {
  use_libgit2();
  std::string data = fmt::format("{}\n{}\n{}", rule, path, text);
  git_oid oid;
  char hex[GIT_OID_HEXSZ + 1] = {};
  if (git_odb_hash(&oid, data.data(), data.size(), GIT_OBJECT_BLOB) == 0)
    git_oid_tostr(hex, sizeof hex, &oid);
  return fmt::format("{}:{}", hex, ordinal);
}

std::string FingerprintCounter::next(std::string_view rule, std::string_view text) {
  size_t ordinal = ++seen_[{std::string(rule), std::string(text)}];
  return result_fingerprint(rule, path_, text, ordinal);
}

}  // namespace holymigrate
