#include "report/fingerprint.h"

#include <fmt/format.h>

#include "git/blob_id.h"

namespace holymigrate {

std::string result_fingerprint(std::string_view rule, std::string_view path, std::string_view text,
                               size_t ordinal) {
  return fmt::format("{}:{}", blob_id(fmt::format("{}\n{}\n{}", rule, path, text)), ordinal);
}

std::string FingerprintCounter::next(std::string_view rule, std::string_view text) {
  size_t ordinal = ++seen_[{std::string(rule), std::string(text)}];
  return result_fingerprint(rule, path_, text, ordinal);
}

}  // namespace holymigrate
