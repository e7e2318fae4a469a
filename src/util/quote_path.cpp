#include "util/quote_path.h"

#include <fmt/format.h>

namespace holymigrate {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0. Hand-written: none of
// our libraries exposes a validating decoder for a single sequence.
size_t utf8_length(std::string_view text, size_t i) {
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

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

}  // namespace

std::string quote_path(std::string_view path) {
  bool plain = true;
  for (size_t i = 0; i < path.size() && plain;) {
    size_t n = utf8_length(path, i);
    unsigned char c = static_cast<unsigned char>(path[i]);
    plain = n > 0 && !is_control(c) && c != '"' && c != '\\';
    i += n ? n : 1;
  }
  if (plain) return std::string(path);
  std::string out = "\"";
  for (size_t i = 0; i < path.size();) {
    size_t n = utf8_length(path, i);
    unsigned char c = static_cast<unsigned char>(path[i]);
    if (n > 1) {
      out.append(path.substr(i, n));
      i += n;
      continue;
    }
    ++i;
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        if (n == 1 && !is_control(c))
          out += static_cast<char>(c);
        else
          out += fmt::format("\\{:03o}", c);
    }
  }
  return out + "\"";
}

std::string printable_line(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t n = utf8_length(text, i);
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (n == 0 || (n == 1 && is_control(c) && c != '\t')) {
      out += fmt::format("\\x{:02x}", c);
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace holymigrate
