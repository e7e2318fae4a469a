#include "util/redact.h"

#include <re2/re2.h>

#include <cctype>

#include "util/text_search.h"

namespace holymigrate {
namespace {

bool is_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

}  // namespace

std::vector<std::pair<size_t, size_t>> find_key_like(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> spans;
  // Most texts hold no "sk-" at all; RE2 steps through every 's' of them
  // (its literal prefix search keys on the first byte only).
  static const Needle kPrefix("sk-");
  if (!kPrefix.in(text)) return spans;
  static const RE2 re("sk-[A-Za-z0-9_-]{20,}");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    if (b == 0 || !is_key_char(text[b - 1])) spans.emplace_back(b, e);
    pos = e;
  }
  return spans;
}

std::string redact_key(std::string_view key) { return std::string(key.substr(0, 6)) + "…"; }

std::string redact(std::string_view text) {
  auto spans = find_key_like(text);
  if (spans.empty()) return std::string(text);
  std::string out;
  size_t pos = 0;
  for (auto [b, e] : spans) {
    out.append(text.substr(pos, b - pos));
    out.append(redact_key(text.substr(b, e - b)));
    pos = e;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace holymigrate
