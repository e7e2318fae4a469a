// The lexer: strings of every quoting, comments and brackets (docs/behaviour.md §5.1).
#include "engine/kinds/client/lexer.h"

#include <doctest/doctest.h>

#include <string>

using namespace holymigrate;

namespace {

// Token texts joined by a space; strings in ‹›, so a test sees where one ends.
std::string tokens(std::string_view text, Language lang) {
  std::string out;
  for (const Token& t : lex(text, lang).tokens) {
    if (!out.empty()) out += ' ';
    std::string s(token_text(text, t));
    out += t.kind == TokenKind::String ? "‹" + s + "›" : s;
  }
  return out;
}

struct Row {
  Language lang;
  const char* text;
  const char* expected;
};

}  // namespace

TEST_CASE("lexer: strings, comments and punctuation per language") {
  const Row rows[] = {
      {Language::Python, "a(b='x', c=\"y\")", "a ( b = ‹'x'› , c = ‹\"y\"› )"},
      {Language::Python, "f(x) # g(y)\nz", "f ( x ) z"},
      {Language::Python, "'''a ' '' ( '''(", "‹'''a ' '' ( '''› ("},
      {Language::Python, "rb'\\'' u\"\" F'{x}'", "‹rb'\\''› ‹u\"\"› ‹F'{x}'›"},
      {Language::Python, "f\"{d['k']}\" + f'{{'", "‹f\"{d['k']}\"› + ‹f'{{'›"},
      {Language::Python, "f\"{f'{x}'}\" )", "‹f\"{f'{x}'}\"› )"},
      {Language::Python, "\"# not a comment\" x", "‹\"# not a comment\"› x"},
      {Language::JavaScript, "a // b(\nc /* d( */ e", "a c e"},
      {Language::JavaScript, "`x ${f(`y ${z}`)} w` (", "‹`x ${f(`y ${z}`)} w`› ("},
      {Language::JavaScript, "x = /[\"/]/g; y = a / b / c", "x = ‹/[\"/]/g› ; y = a / b / c"},
      {Language::JavaScript, "return /'/.test(s)", "return ‹/'/› . test ( s )"},
      {Language::JavaScript, "'it\\'s' \"q\"", "‹'it\\'s'› ‹\"q\"›"},
      {Language::CLike, "fn f<'a>(x: &'a str) { 'c' }", "fn f < ' a > ( x : & ' a str ) { ‹'c'› }"},
      {Language::CLike, "s := `raw \\` x", "s : = ‹`raw \\`› x"},
      {Language::Ruby, "a(\"#{b(\")\")}\") # c(", "a ( ‹\"#{b(\")\")}\"› )"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(tokens(r.text, r.lang) == r.expected);
  }
}

TEST_CASE("lexer: unterminated strings and comments make the text incomplete") {
  CHECK_FALSE(lex("x = '''open", Language::Python).complete);
  CHECK_FALSE(lex("x = 'open\ny", Language::Python).complete);
  CHECK_FALSE(lex("/* open", Language::JavaScript).complete);
  CHECK(lex("x = 'closed'", Language::Python).complete);
}

TEST_CASE("lexer: line_start marks the first token of each physical line") {
  std::string_view text = "a = (\n  b,\n)\n";
  Lexed l = lex(text, Language::Python);
  REQUIRE(l.tokens.size() == 6);
  CHECK(l.tokens[0].line_start);
  CHECK_FALSE(l.tokens[1].line_start);
  CHECK(l.tokens[3].line_start);  // b
  CHECK(l.tokens[5].line_start);  // )
}

TEST_CASE("lexer: matching_close pairs brackets and rejects mismatches") {
  std::string_view text = "f(a[1], {b: (2)}) g(]";
  Lexed l = lex(text, Language::JavaScript);
  CHECK(token_text(text, l.tokens[matching_close(text, l.tokens, 1)]) == ")");
  CHECK(matching_close(text, l.tokens, 1) == 14);
  size_t g_open = 16;
  REQUIRE(token_text(text, l.tokens[g_open]) == "(");
  CHECK(matching_close(text, l.tokens, g_open) == l.tokens.size());
}

TEST_CASE("lexer: string_body strips prefix and quotes") {
  std::string_view text = "rb'''x''' \"y\" `z`";
  Lexed l = lex(text, Language::JavaScript);
  Lexed p = lex(text, Language::Python);
  CHECK(string_body(text, p.tokens[0]) == "x");
  CHECK(string_body(text, l.tokens.back()) == "z");
}
