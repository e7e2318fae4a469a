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

// `OpenAI.configure do |config| … end` (or `{ |config| … }`): ruby-openai's
// global configuration, read by every `OpenAI::Client.new` that passes no
// options of its own (lib/openai.rb Configuration: access_token, uri_base …).
// `config.uri_base = …` goes on the line after `config.access_token = …`
// (else after the block's first line), at the indentation of the block's
// lines; a block on one line gains `; config.uri_base = …` before its `}`.
Fix fix_ruby_configure(const CallSite& c) {
  const auto& t = c.tokens;
  size_t open = c.last + 1;
  bool brace = c.at(open) == "{";
  if (!brace && c.at(open) != "do") return skip("not a client");  // OpenAI.configure.x
  if (c.at(open + 1) != "|" || t.size() <= open + 3 || t[open + 2].kind != TokenKind::Identifier ||
      c.at(open + 3) != "|")
    return skip("its block takes no parameter");
  std::string param(c.at(open + 2));
  char q = prevailing_quote(c.text, t, '"');
  std::string set = fmt::format("{0}.uri_base = ENV.fetch({2}{1}{2}, {2}{3}/{2})", param,
                                c.target.base_env, q, c.target.root());
  size_t body = open + 4;
  size_t close = brace ? matching_close(c.text, t, open) : t.size();
  if (brace && close >= t.size()) return skip("unbalanced brackets");
  // The block's statements: up to its `}`, or (do … end) up to the first
  // `end` that starts a line.
  size_t anchor = std::string_view::npos;  // the token that ends the line to insert after
  std::string indent;
  for (size_t i = body; i < t.size() && i < close; ++i) {
    if (!brace && t[i].line_start && c.at(i) == "end") {
      close = i;
      break;
    }
    if (c.at(i) == param && c.at(i + 1) == "." && c.at(i + 2) == "uri_base")
      return skip("not a client");  // explicit already
    if (t[i].line_start && indent.empty()) indent = c.indent_at(t[i].begin);
    if (c.at(i) == param && c.at(i + 1) == "." && c.at(i + 2) == "access_token" &&
        t[i].line_start && anchor == std::string_view::npos) {
      // Its line, when the statement ends there: brackets balanced, no block
      // (`ENV.fetch("K") do … end`), no trailing operator.
      size_t last = i;
      int depth = 0;
      bool whole = true;
      for (; last + 1 < close && last + 1 < t.size() && !t[last + 1].line_start; ++last) {
        std::string_view w = c.at(last + 1);
        depth += (w == "(" || w == "[" || w == "{") - (w == ")" || w == "]" || w == "}");
        whole = whole && w != "do";
      }
      static constexpr std::string_view kOpen[] = {",", "+", "\\", "|", "&",
                                                   "=", ".", "(",  "?", ":"};
      whole = whole && depth == 0 &&
              std::find(std::begin(kOpen), std::end(kOpen), c.at(last)) == std::end(kOpen);
      if (whole) anchor = last;
    }
  }
  Fix fix;
  if (brace && !t[close].line_start &&
      c.text.substr(t[open].end, t[close].begin - t[open].end).find('\n') ==
          std::string_view::npos) {
    size_t last = close - 1;  // a one-line block
    std::string sep = last == open + 3 ? " " : "; ";
    fix.edits.push_back({t[last].end, t[last].end, sep + set, {}});
    return fix;
  }
  if (close >= t.size()) return skip("its block has no end");
  if (anchor == std::string_view::npos) anchor = open + 3;  // after `do |config|`
  if (indent.empty()) indent = c.indent_at(t[c.first].begin) + "  ";
  size_t nl = c.text.find('\n', t[anchor].end);
  if (nl == std::string_view::npos) return skip("its block has no end");
  size_t at = nl > 0 && c.text[nl - 1] == '\r' ? nl - 1 : nl;
  fix.edits.push_back({at, at, c.eol() + indent + set, {}});
  return fix;
}

Fix fix_ruby(const CallSite& c) {
  if (c.spec.fixer == OtherFix::RubyConfigure) return fix_ruby_configure(c);
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
