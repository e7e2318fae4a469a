// Substring search for the whole-file literal checks of the scan (a file's
// needles, "sk-", "holymigrate: ignore"): memchr on the needle's rarest byte
// in source code, then a compare. std::string_view::find keys on the first
// byte, and a needle that starts with a byte as common as 's' or 'a' stops at
// every one of them (5x slower on a Python file than memmem); glibc's memmem
// is steady but slower than memchr when the first byte is rare. Neither
// knows which bytes are rare; ripgrep's memchr crate ranks them the same way.
#pragma once

#include <cstddef>
#include <string_view>

namespace holymigrate {

class Needle {
 public:
  // `needle` must outlive the Needle (string literals, static tables).
  explicit Needle(std::string_view needle);
  // The first offset >= `from` where the needle starts in `text`, or npos.
  // An empty needle is found at `from` (as std::string_view::find).
  size_t find(std::string_view text, size_t from = 0) const;
  bool in(std::string_view text) const { return find(text) != std::string_view::npos; }
  std::string_view text() const { return needle_; }

 private:
  std::string_view needle_;
  size_t rare_ = 0;  // index in needle_ of its rarest byte
};

// Needle(needle).find(text, from), for a needle searched once.
size_t find_fast(std::string_view text, std::string_view needle, size_t from = 0);

}  // namespace holymigrate
