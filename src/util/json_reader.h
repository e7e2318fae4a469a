// Reading JSON in place, without building it: a cursor over the text with
// the grammar of RFC 8259 as nlohmann::json accepts it (string escapes and
// surrogate pairs, UTF-8 as RFC 3629, the number grammar, a number that
// overflows a double refused), strings skipped in runs of plain bytes.
// Hand-written because nlohmann can say whether a text is JSON but not
// where a value sits, and its parser turns every string into a std::string
// (megabytes of base64 in a notebook). The notebook walker
// (engine/kinds/client/notebook.cpp) maps cells with it; json_clean() tells
// the validator (migrate/validate.cpp) that a text needs no closer look.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "util/text_encoding.h"

namespace holymigrate {

// True when `text` is one JSON value that nlohmann::json parses without an
// error (whitespace around it allowed) and no object in it repeats a key
// (keys compared decoded). False means "look closer", not always "invalid":
// a UTF-8 BOM, which nlohmann skips, and nesting deeper than 512 also give
// false.
bool json_clean(std::string_view text);

// The cursor. Members are protected: a reader for one shape of document
// derives from it (see the notebook walker) and adds what it collects.
class JsonReader {
 public:
  explicit JsonReader(std::string_view s) : s_(s) {}

 protected:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  static bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
  void ws() {
    while (i_ < s_.size() && is_blank(s_[i_])) ++i_;
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

  // A JSON string at i_ appended to *out (decoded) unless out is null; *raw
  // gets each byte's file offset (the start of its escape sequence). False
  // when it is not a valid JSON string.
  bool string(std::string* out, std::vector<size_t>* raw) {
    ws();
    if (peek() != '"') return false;
    ++i_;
    for (;;) {
      // A run of printable ASCII without quote or backslash, taken whole.
      size_t run = i_;
      while (run < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[run]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++run;
      }
      if (out && run > i_) {
        out->append(s_.substr(i_, run - i_));
        if (raw) {
          size_t from = raw->size();
          raw->resize(from + (run - i_));
          for (size_t k = 0; k < run - i_; ++k) (*raw)[from + k] = i_ + k;
        }
      }
      i_ = run;
      if (i_ >= s_.size()) return false;
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') break;
      if (c < 0x20) return false;  // control characters must be escaped
      size_t at = i_;
      char buf[4];
      size_t n = 0;
      if (c == '\\') {
        if (!escape(buf, n)) return false;
      } else {
        n = utf8_sequence_length(s_, i_);
        if (n == 0) return false;
        std::copy_n(s_.data() + i_, n, buf);
        i_ += n;
      }
      if (out) {
        out->append(buf, n);
        if (raw) raw->insert(raw->end(), n, at);
      }
    }
    last_close_ = i_++;
    return true;
  }

  // The escape sequence at i_ (a backslash), decoded into buf[0, n).
  bool escape(char* buf, size_t& n) {
    if (i_ + 1 >= s_.size()) return false;
    const char c = s_[i_ + 1];
    if (c != 'u') {
      static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
      size_t k = kFrom.find(c);
      if (k == std::string_view::npos) return false;
      buf[0] = kTo[k];
      n = 1;
      i_ += 2;
      return true;
    }
    int cp = hex4(i_ + 2);
    if (cp < 0) return false;
    i_ += 6;
    if (cp >= 0xDC00 && cp < 0xE000) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp < 0xDC00) {
      if (s_.substr(i_, 2) != "\\u") return false;
      int low = hex4(i_ + 2);
      if (low < 0xDC00 || low >= 0xE000) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i_ += 6;
    }
    std::string o = utf8(static_cast<unsigned>(cp));
    std::copy(o.begin(), o.end(), buf);
    n = o.size();
    return true;
  }

  // Four hex digits at `at` as a number; -1 when they are not.
  int hex4(size_t at) const {
    if (at + 4 > s_.size()) return -1;
    int v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s_[k];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
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
    if (c == '"') return string(nullptr, nullptr);
    if (c == '{' || c == '[') {
      Nest nest(*this);
      if (!nest.ok()) return false;
      if (c == '[') return elements([&] { return skip_value(); });
      eat('{');
      return members([&](std::string_view) { return skip_value(); });
    }
    for (std::string_view word : {"true", "false", "null"})
      if (s_.substr(i_, word.size()) == word) {
        i_ += word.size();
        return true;
      }
    return number();
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number() {
    const size_t start = i_;
    bool exact = true;  // digits only, short enough to fit a double
    auto digit = [&] { return peek() >= '0' && peek() <= '9'; };
    auto digits = [&] {
      if (!digit()) return false;
      while (digit()) ++i_;
      return true;
    };
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      ++i_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      exact = false;
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!digits()) return false;
    }
    // nlohmann refuses a number that overflows a double ("number
    // overflow", 1e400; an integer too long for 64 bits is read as one).
    if (exact && i_ - start <= 300) return true;
    std::string token(s_.substr(start, i_ - start));
    return std::isfinite(std::strtod(token.c_str(), nullptr));
  }

  // One more level of nesting while it lives; ok() false past kMaxDepth
  // (recursion is bounded; nlohmann itself has no limit).
  static constexpr size_t kMaxDepth = 512;
  class Nest {
   public:
    explicit Nest(JsonReader& r) : r_(r) { ++r_.depth_; }
    ~Nest() { --r_.depth_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;
    bool ok() const { return r_.depth_ <= kMaxDepth; }

   private:
    JsonReader& r_;
  };

  std::string_view s_;
  size_t i_ = 0;
  size_t last_close_ = 0;  // where the last string read closed (its '"')
  size_t depth_ = 0;
};

}  // namespace holymigrate
