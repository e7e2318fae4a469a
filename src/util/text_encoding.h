// Text in UTF-16 with a byte-order mark (docs/behaviour.md §2, §6): such a
// file is text, read as UTF-8 and written back in its own encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace holymigrate {

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
