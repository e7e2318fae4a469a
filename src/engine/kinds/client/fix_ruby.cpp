// Ruby clients (docs/behaviour.md §5.2): ruby-openai's OpenAI::Client.new gets
// `uri_base:` (and `access_token:` when it has none) as its first keywords.
//
// uri_base reads B and defaults to root(T) with a trailing "/": ruby-openai
// joins uri_base, its api_version ("v1") and the path, and only since 7.0.0
// skips the api_version when uri_base already holds it (lib/openai/http.rb
// uri()), so root(T) is right for every version, and a B holding T is right
// from 7.0.0 on.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

bool keyword_at(const CallSite& c, size_t i) {
  return i < c.tokens.size() && c.tokens[i].kind == TokenKind::Identifier && c.at(i + 1) == ":" &&
         c.at(i + 2) != ":" && c.tokens[i + 1].begin == c.tokens[i].end;
}

}  // namespace

Fix fix_ruby(const CallSite& c) {
  char q = prevailing_quote(c.text, c.tokens, '"');
  std::string root = c.target.root() + "/";
  std::string base =
      fmt::format("uri_base: ENV.fetch({0}{1}{0}, {0}{2}{0})", q, c.target.base_env, root);
  std::string key = fmt::format("access_token: ENV[{0}{1}{0}]", q, c.target.key_env);
  size_t after_new = c.last + 1;
  std::vector<size_t> items;
  bool parens = c.open != std::string_view::npos;
  if (parens) {
    if (c.close >= c.tokens.size()) return skip("unbalanced brackets");
    items = top_level_items(c.text, c.tokens, c.open, c.close);
  } else if (after_new < c.tokens.size() && !c.tokens[after_new].line_start &&
             c.tokens[after_new].begin > c.tokens[c.last].end) {
    // `OpenAI::Client.new access_token: x` — arguments to the end of the line.
    size_t end = after_new;
    while (end + 1 < c.tokens.size() && !c.tokens[end + 1].line_start) ++end;
    size_t open = after_new - 1;  // items() reads strictly between open and close
    items = top_level_items(c.text, c.tokens, open, end + 1);
    // Only a word, a literal, a symbol or a splat starts an argument: `}`,
    // `||`, `do`, `if`… end the expression (`let(:c) { OpenAI::Client.new }`).
    static constexpr std::string_view kEnd[] = {"do", "if",   "unless", "end",   "and",
                                                "or", "then", "rescue", "while", "until"};
    const Token& a = c.tokens[after_new];
    std::string_view w = c.at(after_new);
    bool starts_arg = a.kind == TokenKind::String || a.kind == TokenKind::Number ||
                      (a.kind == TokenKind::Identifier &&
                       std::find(std::begin(kEnd), std::end(kEnd), w) == std::end(kEnd)) ||
                      w == ":" || w == "*";
    if (!starts_arg) items.clear();
  }
  bool has_key = false;
  for (size_t i : items) {
    if (c.at(i) == "*" || c.at(i) == "&") return skip("its options are a splat (**opts)");
    if (!keyword_at(c, i)) return skip("its options are a Hash, not keywords");
    has_key = has_key || c.at(i) == "access_token";
  }
  std::string joined = has_key ? base : base + ", " + key;
  Fix fix;
  if (items.empty()) {
    size_t at = parens ? c.tokens[c.open].end : c.tokens[c.last].end;
    fix.edits.push_back({at, at, parens ? joined : "(" + joined + ")", {}});
  } else if (c.tokens[items.front()].line_start) {
    size_t at = c.tokens[items.front()].begin;
    std::string ind = c.indent_at(at), nl = c.eol();
    std::string text = base + "," + nl + ind;
    if (!has_key) text += key + "," + nl + ind;
    fix.edits.push_back({at, at, text, {}});
  } else {
    size_t at = c.tokens[items.front()].begin;
    fix.edits.push_back({at, at, joined + ", ", {}});
  }
  return fix;
}

}  // namespace holymigrate
