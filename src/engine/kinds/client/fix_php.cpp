// PHP clients (docs/behaviour.md §5.2): openai-php/client. `OpenAI::client($key)`
// becomes `OpenAI::factory()->withApiKey($key)->withBaseUri(…)->make()`, its
// organization and project arguments ->withOrganization() / ->withProject()
// (src/OpenAI.php: client() is that chain without the base URI).
// withBaseUri reads B with `getenv(B) ?: T`: getenv returns false when unset.
#include <fmt/format.h>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {

Fix fix_php(const CallSite& c) {
  if (c.open == std::string_view::npos || c.close >= c.tokens.size()) return skip("not a client");
  if (c.spec.fixer == OtherFix::PhpFactory) {
    if (c.close != c.open + 1) return skip("not a client");
    char q = prevailing_quote(c.text, c.tokens, '\'');
    size_t at = c.tokens[c.close].end;
    std::string link =
        fmt::format("->withBaseUri(getenv({0}{1}{0}) ?: {0}{2}{0})", q, c.base_env(), c.base_url());
    // A chain laid out one link per line gets its own line.
    if (c.at(c.close + 1) == "-" && c.tokens[c.close + 1].line_start)
      link = c.eol() + c.indent_at(c.tokens[c.close + 1].begin) + link;
    Fix fix;
    fix.edits.push_back({at, at, link, {}});
    return fix;
  }
  std::vector<size_t> items = top_level_items(c.text, c.tokens, c.open, c.close);
  if (items.empty() || items.size() > 3) return skip("not a client");
  for (size_t i : items) {
    if (c.at(i) == "." && c.at(i + 1) == ".") return skip("its arguments are unpacked (...$args)");
    if (c.tokens[i].kind == TokenKind::Identifier && c.at(i + 1) == ":" && c.at(i + 2) != ":")
      return skip("its arguments are named");
  }
  char q = prevailing_quote(c.text, c.tokens, '\'');
  Fix fix;
  fix.edits.push_back({c.tokens[c.last].begin, c.tokens[c.open].end, "factory()->withApiKey(", {}});
  // client($key, $organization, $project): each comma closes one call and
  // opens the next.
  static constexpr std::string_view kNext[] = {")->withOrganization(", ")->withProject("};
  for (size_t k = 1; k < items.size(); ++k) {
    const Token& comma = c.tokens[items[k] - 1];
    size_t end = comma.end;
    while (end < c.tokens[items[k]].begin && (c.text[end] == ' ' || c.text[end] == '\t')) ++end;
    fix.edits.push_back({comma.begin, end, std::string(kNext[k - 1]), {}});
  }
  fix.edits.push_back({c.tokens[c.close].begin,
                       c.tokens[c.close].end,
                       fmt::format(")->withBaseUri(getenv({0}{1}{0}) ?: {0}{2}{0})->make()", q,
                                   c.base_env(), c.base_url()),
                       {}});
  return fix;
}

}  // namespace holymigrate
