// Text in UTF-16 with a byte-order mark (docs/behaviour.md §2, §6): such a
// file is text, read as UTF-8 and written back in its own encoding.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace holymigrate {

// The length in bytes (1 to 4) of the well-formed UTF-8 sequence that starts
// at text[i] (RFC 3629: no overlong form, no surrogate, at most U+10FFFF);
// 0 when the bytes there are not one or `i` is past the end. Hand-written
// and inline: none of our libraries exposes a validating decoder for one
// sequence, and the JSON reader calls it per character of every string.
inline size_t utf8_sequence_length(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xc0) != 0x80) return 0;
  if (n == 2 && c < 0xc2) return 0;                          // overlong
  if (n == 3 && c == 0xe0 && byte(i + 1) < 0xa0) return 0;   // overlong
  if (n == 3 && c == 0xed && byte(i + 1) >= 0xa0) return 0;  // surrogate
  if (n == 4 &&
      (c > 0xf4 || (c == 0xf0 && byte(i + 1) < 0x90) || (c == 0xf4 && byte(i + 1) >= 0x90)))
    return 0;
  return n;
}

enum class TextEncoding { Utf8, Utf16LE, Utf16BE };

// "utf-8", "utf-16le", "utf-16be".
const char* to_string(TextEncoding e);

// The encoding a file's first bytes announce: FF FE is UTF-16LE (unless
// FF FE 00 00, UTF-32LE, which stays binary), FE FF UTF-16BE; anything else,
// including a UTF-8 BOM, is Utf8 (the bytes are used as they are).
TextEncoding encoding_of(std::string_view bytes);

// The whole file `bytes` (BOM included) in `e`, as UTF-8 with the BOM as
// U+FEFF (EF BB BF), so that to_encoding() gives back the same bytes.
// nullopt when the bytes are not valid in `e` (an odd length, an unpaired
// surrogate): the caller treats the file as binary.
std::optional<std::string> to_utf8(std::string_view bytes, TextEncoding e);

// UTF-8 `text` (BOM as U+FEFF) in `e`; nullopt when `text` is not valid
// UTF-8. Utf8 returns `text` as it is.
std::optional<std::string> to_encoding(std::string_view text, TextEncoding e);

}  // namespace holymigrate
