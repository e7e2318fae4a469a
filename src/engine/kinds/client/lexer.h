// Just enough lexing to read a call's arguments (docs/behaviour.md §5.1): strings of every
// quoting (Python prefixes and triple quotes, f-strings, JS template literals
// with ${...}), comments, identifiers, numbers and punctuation. Comments are
// dropped; every other token keeps its byte span. No grammar beyond that.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace holymigrate {

// Ruby: `#` comments and Python-like strings. CLike: Go, Java, C#, Rust
// (`//`, `/* */`, "..." and `...` strings; a quote that does not close a
// one-character literal is punctuation, so Rust lifetimes do not derail it).
// Php: `#`, `//` and `/* */` comments (not `#[`, an attribute), '…' and "…"
// strings.
enum class Language { Python, JavaScript, CLike, Ruby, Php };

enum class TokenKind : unsigned char { Identifier, String, Number, Punct };

// 12 bytes: a large source file lexes to hundreds of thousands of tokens,
// which were the largest block of the corpus's peak memory at 32 bytes each
// (docs/performance.md). Byte offsets fit in 32 bits: lex() gives no tokens
// for a text of 4 GiB or more.
struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::Punct;
  bool line_start = false;  // first token on its physical line
  bool unclosed = false;    // a string (or one embedded in it) whose closing quote is missing:
                            // it ends at its line's end (one-line strings) or the text's
};
static_assert(sizeof(Token) == 12);

struct Lexed {
  std::vector<Token> tokens;
  bool complete = true;  // false: an unterminated string or comment at the end
};

Lexed lex(std::string_view text, Language language);

// For an opening bracket token ( [ {, the index of its matching close, or
// tokens.size() when the brackets do not balance.
size_t matching_close(std::string_view text, const std::vector<Token>& tokens, size_t open);

// The characters of a token.
inline std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// The content of a string token without prefix and quotes, as written (escapes
// not decoded); empty for other tokens.
std::string_view string_body(std::string_view text, const Token& t);

// JavaScript: whether identifier token `i` is a key of an object pattern
// destructured from an env object, `const { X } = process.env`,
// `{ X: x = "d" } = import.meta.env`, `= env` (a member chain ending in
// `env` that ends the statement): an env read (docs/behaviour.md §4.3,
// §5.1). The pattern's `{` is looked for at most 256 tokens back. False for
// anything else, a binding after `:` included.
bool destructured_from_env(std::string_view text, const std::vector<Token>& tokens, size_t i);

}  // namespace holymigrate
