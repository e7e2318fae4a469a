#include "engine/kinds/client/lexer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace holymigrate {
namespace {

// Byte classes by table lookup: std::isalpha / std::isspace are a library
// call per byte (12% of a --check on the real-code corpus, docs/performance.md);
// the program never calls setlocale, so in the "C" locale they answer the same.
enum : unsigned char { kIdentStart = 1, kIdentChar = 2, kSpace = 4 };
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool start = alpha || c == '_' || c == '$' || c >= 0x80;
    bool digit = c >= '0' && c <= '9';
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    t[static_cast<size_t>(c)] = static_cast<unsigned char>(
        (start ? kIdentStart : 0) | (start || digit ? kIdentChar : 0) | (space ? kSpace : 0));
  }
  return t;
}();

bool ident_start(unsigned char c) { return kByteClass[c] & kIdentStart; }
bool ident_char(unsigned char c) { return kByteClass[c] & kIdentChar; }
bool space(unsigned char c) { return kByteClass[c] & kSpace; }

// Python string prefixes (any case): r u b f br rb fr rf.
bool python_prefix(std::string_view id) {
  if (id.empty() || id.size() > 2) return false;
  std::string low;
  for (char c : id) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 8> kPrefixes = {"r",  "u",  "b",  "f",
                                                                "br", "rb", "fr", "rf"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), low) != kPrefixes.end();
}

// After these words a JS `/` starts a regular expression, not a division.
bool regex_keyword(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kWords = {
      "return", "typeof", "case", "do", "else", "in", "of", "void", "yield"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

class Lexer {
 public:
  Lexer(std::string_view text, Language lang) : s_(text), lang_(lang) {}

  Lexed run() {
    bool line_start = true;
    if (s_.starts_with("\xEF\xBB\xBF")) i_ = 3;  // a UTF-8 BOM is not a token
    while (i_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '\n') {
        line_start = true;
        ++i_;
        continue;
      }
      if (space(c)) {
        ++i_;
        continue;
      }
      if (skip_comment()) continue;
      size_t begin = i_;
      TokenKind kind = TokenKind::Punct;
      if (ident_start(c)) {
        while (i_ < s_.size() && ident_char(static_cast<unsigned char>(s_[i_]))) ++i_;
        kind = TokenKind::Identifier;
        std::string_view id = s_.substr(begin, i_ - begin);
        if (lang_ == Language::Python && i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'') &&
            python_prefix(id)) {
          bool f = id.find_first_of("fF") != std::string_view::npos;
          bool raw = id.find_first_of("rR") != std::string_view::npos;
          python_string(f, raw);
          kind = TokenKind::String;
        }
      } else if (std::isdigit(c)) {
        while (i_ < s_.size() && (ident_char(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.'))
          ++i_;
        kind = TokenKind::Number;
      } else if (c == '"' || c == '\'' || c == '`') {
        kind = quoted(c) ? TokenKind::String : TokenKind::Punct;
      } else if (c == '/' && lang_ == Language::JavaScript && regex_allowed()) {
        regex();
        kind = TokenKind::String;
      } else {
        ++i_;
      }
      if (i_ == begin) ++i_;  // never stall
      out_.tokens.push_back(
          {static_cast<uint32_t>(begin), static_cast<uint32_t>(i_), kind, line_start, unclosed_});
      line_start = false;
      unclosed_ = false;
    }
    return std::move(out_);
  }

 private:
  bool at(std::string_view lit) const { return s_.substr(i_, lit.size()) == lit; }

  bool skip_comment() {
    bool hash = lang_ == Language::Python || lang_ == Language::Ruby;
    if ((hash || lang_ == Language::Php) && s_[i_] == '#' && !at("#[")) {
      // Ruby `#{` only occurs inside strings, so a bare `#` is always a comment.
      size_t nl = s_.find('\n', i_);
      i_ = nl == std::string_view::npos ? s_.size() : nl;
      return true;
    }
    if (hash) return false;
    if (at("//")) {
      size_t nl = s_.find('\n', i_);
      i_ = nl == std::string_view::npos ? s_.size() : nl;
      return true;
    }
    if (at("/*")) {
      size_t close = s_.find("*/", i_ + 2);
      if (close == std::string_view::npos) {
        out_.complete = false;
        i_ = s_.size();
      } else {
        i_ = close + 2;
      }
      return true;
    }
    return false;
  }

  // A string or template literal opening at i_ with quote q. Returns false
  // when the quote is punctuation (a CLike `'` that is not a char literal).
  bool quoted(unsigned char q) {
    if (lang_ == Language::Python) {
      python_string(false, false);
      return true;
    }
    if (lang_ == Language::CLike && q == '\'') {
      size_t close = i_ + 1 < s_.size() && s_[i_ + 1] == '\\' ? s_.find('\'', i_ + 3) : i_ + 2;
      if (close >= s_.size() || s_[close] != '\'' || close > i_ + 12) {
        ++i_;
        return false;
      }
      i_ = close + 1;
      return true;
    }
    if (q == '`') {
      // JS template literal: ${...} holds code; Go raw string: no escapes.
      bool js = lang_ == Language::JavaScript;
      ++i_;
      string_body('`', /*escapes=*/js, js ? "${" : "", /*one_line=*/false);
      finish_quote(1);
      return true;
    }
    bool ruby_interp = lang_ == Language::Ruby && q == '"';
    ++i_;
    string_body(q, /*escapes=*/true, ruby_interp ? "#{" : "", /*one_line=*/true);
    finish_quote(1);
    return true;
  }

  void python_string(bool f, bool raw) {
    char q = s_[i_];
    bool triple = s_.substr(i_, 3) == std::string(3, q);
    std::string close = triple ? std::string(3, q) : std::string(1, q);
    i_ += close.size();
    while (i_ < s_.size() && !at(close)) {
      char c = s_[i_];
      if (!triple && c == '\n') break;
      if (c == '\\') {
        i_ += 2;  // also in raw strings: \" does not close them
      } else if (f && at("{{")) {
        i_ += 2;
      } else if (f && c == '{') {
        ++i_;
        code_until_brace();
      } else {
        ++i_;
      }
    }
    (void)raw;
    finish_quote(close.size());
  }

  // Skips a string's body up to (not past) `quote`. `escapes`: a backslash
  // escapes the next byte; `interp`: the opener of embedded code ("${",
  // "#{"), empty for none; `one_line`: a newline ends an unterminated string.
  void string_body(char quote, bool escapes, std::string_view interp, bool one_line) {
    while (i_ < s_.size() && s_[i_] != quote && !(one_line && s_[i_] == '\n')) {
      if (escapes && s_[i_] == '\\') {
        i_ += 2;
      } else if (!interp.empty() && at(interp)) {
        i_ += interp.size();
        code_until_brace();
      } else {
        ++i_;
      }
    }
  }

  void finish_quote(size_t n) {
    if (i_ >= s_.size()) {
      out_.complete = false;
      unclosed_ = true;
      i_ = s_.size();
    } else if (s_[i_] == '\n') {
      out_.complete = false;  // a one-line string left open
      unclosed_ = true;
    } else {
      i_ += n;
    }
  }

  // Code inside an interpolation, up to and including its closing brace.
  void code_until_brace() {
    int depth = 0;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '}' && depth == 0) {
        ++i_;
        return;
      }
      if (c == '{') ++depth;
      if (c == '}') --depth;
      if (c == '"' || c == '\'' || c == '`') {
        if (lang_ == Language::Python)
          python_string(false, false);
        else
          quoted(static_cast<unsigned char>(c));
        continue;
      }
      ++i_;
    }
    out_.complete = false;
  }

  bool regex_allowed() const {
    if (at("//") || at("/*")) return false;
    if (out_.tokens.empty()) return true;
    const Token& p = out_.tokens.back();
    std::string_view t = token_text(s_, p);
    if (p.kind == TokenKind::Identifier) return regex_keyword(t);
    if (p.kind == TokenKind::Number || p.kind == TokenKind::String) return false;
    return t != ")" && t != "]" && t != "}";
  }

  void regex() {
    bool in_class = false;
    ++i_;
    while (i_ < s_.size() && s_[i_] != '\n') {
      char c = s_[i_];
      if (c == '\\') {
        i_ += 2;
        continue;
      }
      if (c == '[') in_class = true;
      if (c == ']') in_class = false;
      ++i_;
      if (c == '/' && !in_class) break;
    }
    while (i_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

  std::string_view s_;
  Language lang_;
  size_t i_ = 0;
  bool unclosed_ = false;  // the token being read holds a string left open
  Lexed out_;
};

}  // namespace

Lexed lex(std::string_view text, Language language) {
  if (text.size() > UINT32_MAX) return {{}, false};  // Token holds 32-bit offsets
  return Lexer(text, language).run();
}

size_t matching_close(std::string_view text, const std::vector<Token>& tokens, size_t open) {
  std::string stack;
  for (size_t i = open; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Punct) continue;
    char c = text[tokens[i].begin];
    if (c == '(' || c == '[' || c == '{') {
      stack += c == '(' ? ')' : c == '[' ? ']' : '}';
    } else if (c == ')' || c == ']' || c == '}') {
      if (stack.empty() || stack.back() != c) return tokens.size();
      stack.pop_back();
      if (stack.empty()) return i;
    }
  }
  return tokens.size();
}

std::string_view string_body(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::String) return {};
  std::string_view s = token_text(text, t);
  size_t q = s.find_first_of("\"'`");
  if (q == std::string_view::npos) return {};
  size_t n = s.substr(q, 3) == std::string(3, s[q]) && s.size() >= q + 6 ? 3 : 1;
  if (s.size() < q + 2 * n) return {};
  return s.substr(q + n, s.size() - q - 2 * n);
}

namespace {
bool is_punct(std::string_view text, const Token& t, std::string_view what) {
  return t.kind == TokenKind::Punct && token_text(text, t) == what;
}
}  // namespace

bool destructured_from_env(std::string_view text, const std::vector<Token>& toks, size_t i) {
  if (i == 0 || !(is_punct(text, toks[i - 1], "{") || is_punct(text, toks[i - 1], ",")))
    return false;
  // The `{` that opens the pattern, within a bounded look back.
  constexpr size_t kLookBack = 256;
  size_t open = i - 1;
  for (int depth = 0;; --open) {
    const Token& t = toks[open];
    if (t.kind == TokenKind::Punct) {
      std::string_view c = token_text(text, t);
      if (c == "}" || c == ")" || c == "]") ++depth;
      if (c == "{" || c == "(" || c == "[") {
        if (depth == 0) break;
        --depth;
      }
    }
    if (open == 0 || i - open > kLookBack) return false;
  }
  if (!is_punct(text, toks[open], "{")) return false;
  size_t close = matching_close(text, toks, open);
  if (close + 2 >= toks.size() || !is_punct(text, toks[close + 1], "=") ||
      toks[close + 2].kind != TokenKind::Identifier)
    return false;
  // `= process.env`, `= import.meta.env`, `= env`: a member chain ending in `env`.
  size_t j = close + 2;
  while (j + 2 < toks.size() && is_punct(text, toks[j + 1], ".") &&
         toks[j + 2].kind == TokenKind::Identifier)
    j += 2;
  if (token_text(text, toks[j]) != "env") return false;
  return j + 1 == toks.size() || toks[j + 1].line_start || is_punct(text, toks[j + 1], ";") ||
         is_punct(text, toks[j + 1], ")") || is_punct(text, toks[j + 1], ",");
}

}  // namespace holymigrate
