#include "util/text_search.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace holymigrate {

namespace {

// Rank of each byte by how often it occurs in source code, 0 = rarest: from
// 140 MB of the text files (code, YAML, JSON, Markdown, notebooks) of the
// real-code corpus (docs/performance.md), counted once. Only the order
// matters, and only roughly: a poor pick costs speed, never a match.
constexpr std::array<uint8_t, 256> kRank = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   164, 246, 9,   10,  11,  12,  13,  14,  15,  16,
    17,  18,  19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  255, 162, 240, 178, 165, 145,
    163, 218, 231, 232, 223, 166, 233, 225, 238, 227, 214, 207, 203, 194, 197, 188, 185, 184, 182,
    181, 235, 206, 177, 224, 202, 171, 183, 216, 195, 213, 191, 205, 196, 173, 176, 212, 193, 175,
    189, 204, 198, 208, 209, 172, 210, 217, 215, 187, 180, 174, 168, 169, 167, 200, 186, 199, 159,
    226, 192, 251, 228, 242, 244, 254, 236, 234, 237, 247, 201, 211, 245, 239, 250, 252, 243, 190,
    248, 249, 253, 241, 229, 221, 222, 230, 179, 220, 170, 219, 76,  30,  160, 152, 154, 141, 139,
    116, 107, 115, 144, 105, 104, 125, 137, 111, 75,  121, 134, 102, 84,  87,  158, 140, 110, 100,
    96,  128, 132, 94,  146, 114, 79,  106, 120, 113, 82,  80,  109, 108, 150, 135, 127, 99,  91,
    81,  93,  117, 122, 130, 133, 90,  86,  98,  89,  85,  83,  95,  147, 97,  126, 136, 142, 129,
    119, 103, 31,  32,  78,  124, 73,  71,  66,  33,  34,  67,  70,  63,  35,  36,  69,  64,  143,
    101, 37,  58,  38,  65,  60,  68,  123, 92,  61,  59,  39,  40,  41,  42,  149, 77,  161, 155,
    151, 157, 156, 153, 148, 131, 74,  118, 138, 88,  62,  112, 72,  43,  44,  45,  46,  47,  48,
    49,  50,  51,  52,  53,  54,  55,  56,  57,
};

}  // namespace

Needle::Needle(std::string_view needle) : needle_(needle) {
  for (size_t i = 1; i < needle_.size(); ++i)
    if (kRank[static_cast<unsigned char>(needle_[i])] <
        kRank[static_cast<unsigned char>(needle_[rare_])])
      rare_ = i;
}

size_t Needle::find(std::string_view text, size_t from) const {
  const size_t n = needle_.size();
  if (n == 0) return from <= text.size() ? from : std::string_view::npos;
  if (from > text.size() || text.size() - from < n) return std::string_view::npos;
  const char rare = needle_[rare_];
  // Candidate starts run from `from` to `last`; the rare byte is rare_ bytes
  // into each.
  const size_t last = text.size() - n;
  const char* p = text.data() + from + rare_;
  const char* end = text.data() + last + rare_ + 1;
  while (p < end) {
    p = static_cast<const char*>(std::memchr(p, rare, static_cast<size_t>(end - p)));
    if (!p) break;
    const size_t start = static_cast<size_t>(p - text.data()) - rare_;
    if (std::memcmp(text.data() + start, needle_.data(), n) == 0) return start;
    ++p;
  }
  return std::string_view::npos;
}

size_t find_fast(std::string_view text, std::string_view needle, size_t from) {
  return Needle(needle).find(text, from);
}

}  // namespace holymigrate
