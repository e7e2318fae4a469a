#include "util/quote_path.h"

#include <fmt/format.h>

#include "util/text_encoding.h"

namespace holymigrate {
namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

}  // namespace

std::string quote_path(std::string_view path) {
  bool plain = true;
  for (size_t i = 0; i < path.size() && plain;) {
    size_t n = utf8_sequence_length(path, i);
    unsigned char c = static_cast<unsigned char>(path[i]);
    plain = n > 0 && !is_control(c) && c != '"' && c != '\\';
    i += n ? n : 1;
  }
  if (plain) return std::string(path);
  std::string out = "\"";
  for (size_t i = 0; i < path.size();) {
    size_t n = utf8_sequence_length(path, i);
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
    size_t n = utf8_sequence_length(text, i);
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
