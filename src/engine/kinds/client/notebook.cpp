#include "engine/kinds/client/notebook.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

namespace holymigrate {
namespace {

// nlohmann validates the document but cannot say where a value sits in the
// file, and that is what an in-place edit needs; so this walker re-reads the
// (already validated) JSON structurally, keeping byte offsets.
class Walker {
 public:
  explicit Walker(std::string_view s) : s_(s) {}

  std::optional<std::vector<NotebookCell>> run() {
    ws();
    if (!eat('{')) return std::nullopt;
    std::vector<NotebookCell> cells;
    bool ok = members([&](std::string_view key) {
      if (key != "cells" || peek() != '[') return skip_value();
      return elements([&] {
        if (peek() != '{') return skip_value();
        eat('{');
        NotebookCell cell;
        std::string type;
        bool good = members([&](std::string_view k) {
          if (k == "cell_type" && peek() == '"') return string(&type, nullptr);
          if (k == "source") return source(cell);
          return skip_value();
        });
        if (good && type == "code") cells.push_back(std::move(cell));
        return good;
      });
    });
    if (!ok) return std::nullopt;
    return cells;
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool eat(char c) {
    ws();
    if (peek() != c) return false;
    ++i_;
    ws();
    return true;
  }

  template <class F>
  bool members(F on_value) {  // after '{'
    if (eat('}')) return true;
    do {
      std::string key;
      if (!string(&key, nullptr) || !eat(':') || !on_value(std::string_view(key))) return false;
      ws();
    } while (eat(','));
    return eat('}');
  }

  template <class F>
  bool elements(F on_value) {  // at '['
    if (!eat('[')) return false;
    if (eat(']')) return true;
    do {
      if (!on_value()) return false;
      ws();
    } while (eat(','));
    return eat(']');
  }

  bool source(NotebookCell& cell) {
    auto element = [&] {
      size_t line = s_.rfind('\n', i_);
      line = line == std::string_view::npos ? 0 : line + 1;
      std::string_view before = s_.substr(line, i_ - line);
      bool blank =
          std::all_of(before.begin(), before.end(), [](char c) { return c == ' ' || c == '\t'; });
      cell.element_starts.push_back(cell.source.size());
      // A line break (as the file spells it) and the element's indentation.
      std::string eol = line >= 2 && s_[line - 2] == '\r' ? "\r\n" : "\n";
      cell.element_indents.push_back(blank && line > 0 ? eol + std::string(before) : " ");
      return string(&cell.source, &cell.raw);
    };
    bool ok;
    if (peek() == '"') {
      cell.lines_array = false;
      ok = element();
    } else {
      ok = elements(element);
    }
    if (!ok) return false;
    // An insertion at the very end goes before the last closing quote.
    cell.raw.push_back(cell.element_starts.empty() ? i_ : last_close_);
    return true;
  }

  // A JSON string at i_ appended to *out (decoded); *raw gets each byte's
  // file offset (the start of its escape sequence).
  bool string(std::string* out, std::vector<size_t>* raw) {
    ws();
    if (peek() != '"') return false;
    ++i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      size_t at = i_;
      std::string bytes;
      if (s_[i_] != '\\') {
        bytes = s_[i_++];
      } else if (i_ + 1 < s_.size() && s_[i_ + 1] != 'u') {
        const char c = s_[i_ + 1];
        bytes = c == 'n'   ? '\n'
                : c == 't' ? '\t'
                : c == 'r' ? '\r'
                : c == 'b' ? '\b'
                : c == 'f' ? '\f'
                           : c;
        i_ += 2;
      } else {
        unsigned cp = hex4(i_ + 2);
        i_ += 6;
        if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4(i_ + 2) - 0xDC00);
          i_ += 6;
        }
        bytes = utf8(cp);
      }
      *out += bytes;
      if (raw) raw->insert(raw->end(), bytes.size(), at);
    }
    if (peek() != '"') return false;
    last_close_ = i_++;
    return true;
  }

  unsigned hex4(size_t at) const {
    unsigned v = 0;
    for (size_t k = at; k < at + 4 && k < s_.size(); ++k) {
      char c = s_[k];
      v = v * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(c))
                                             ? c - '0'
                                             : (c | 0x20) - 'a' + 10);
    }
    return v;
  }

  static std::string utf8(unsigned cp) {
    std::string o;
    if (cp < 0x80) {
      o += static_cast<char>(cp);
    } else if (cp < 0x800) {
      o += static_cast<char>(0xC0 | (cp >> 6));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      o += static_cast<char>(0xE0 | (cp >> 12));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      o += static_cast<char>(0xF0 | (cp >> 18));
      o += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      o += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      o += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return o;
  }

  bool skip_value() {
    ws();
    char c = peek();
    if (c == '"') {
      std::string ignored;
      return string(&ignored, nullptr);
    }
    if (c == '{') {
      eat('{');
      return members([&](std::string_view) { return skip_value(); });
    }
    if (c == '[') return elements([&] { return skip_value(); });
    while (i_ < s_.size() && std::string_view(",}] \t\r\n").find(s_[i_]) == std::string_view::npos)
      ++i_;
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  size_t last_close_ = 0;
};

}  // namespace

std::optional<std::vector<NotebookCell>> notebook_code_cells(std::string_view json) {
  if (!nlohmann::json::accept(json.begin(), json.end())) return std::nullopt;
  return Walker(json).run();
}

std::string notebook_escape(const NotebookCell& cell, size_t at, std::string_view text) {
  auto it = std::upper_bound(cell.element_starts.begin(), cell.element_starts.end(), at);
  size_t element = it == cell.element_starts.begin()
                       ? 0
                       : static_cast<size_t>(it - cell.element_starts.begin()) - 1;
  std::string indent = element < cell.element_indents.size() ? cell.element_indents[element] : "";
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        if (cell.lines_array) out += "\"," + indent + "\"";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  return out;
}

}  // namespace holymigrate
