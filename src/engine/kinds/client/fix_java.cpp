// Java and Kotlin clients (docs/behaviour.md §5.2): openai-java and
// anthropic-java. `X.fromEnv()` becomes `X.builder().fromEnv().baseUrl(…)
// .apiKey(…).build()` (fromEnv keeps reading the organization and the other
// settings; the explicit base URL and key, set after it, win); a builder
// chain without `.baseUrl(` gets one after `builder()` (or after its
// `.fromEnv()`, which would otherwise override it).
//
// Java reads B with `System.getenv().getOrDefault(B, T)` (Map, Java 8, no
// import); Kotlin with `System.getenv(B) ?: T`.
#include <fmt/format.h>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

bool kotlin(const CallSite& c) { return c.ext == ".kt" || c.ext == ".kts"; }

std::string base_expr(const CallSite& c, bool kt) {
  return kt ? fmt::format("System.getenv(\"{}\") ?: \"{}\"", c.base_env(), c.base_url())
            : fmt::format("System.getenv().getOrDefault(\"{}\", \"{}\")", c.base_env(),
                          c.base_url());
}

}  // namespace

Fix fix_java(const CallSite& c) {
  if (c.open == std::string_view::npos || c.close >= c.tokens.size())
    return skip("not a client");  // a method reference (OpenAIOkHttpClient::fromEnv)
  if (c.close != c.open + 1) return skip("not a client");
  bool kt = kotlin(c);
  std::string base = fmt::format(".baseUrl({})", base_expr(c, kt));
  std::string key = fmt::format(".apiKey(System.getenv(\"{}\"))", c.target.key_env);
  Fix fix;
  if (c.spec.fixer == OtherFix::JavaFromEnv) {
    fix.edits.push_back({c.tokens[c.last].begin,
                         c.tokens[c.close].end,
                         "builder().fromEnv()" + base + key + ".build()",
                         {}});
    return fix;
  }
  // A builder chain: after builder(), or after the chain's fromEnv().
  size_t end = chain_end(c, c.close);
  size_t anchor = c.close;
  bool has_key = false, from_env = false;
  for (size_t i = c.close + 1; i <= end && i < c.tokens.size(); ++i) {
    if (c.at(i) == "apiKey" || c.at(i) == "credential") has_key = true;
    if (c.at(i) == "fromEnv" && c.at(i - 1) == "." && c.at(i + 1) == "(") {
      from_env = true;
      anchor = matching_close(c.text, c.tokens, i + 1);
    }
  }
  if (anchor >= c.tokens.size()) return skip("unbalanced brackets");
  std::string text = base + (from_env && !has_key ? key : "");
  if (anchor + 1 < c.tokens.size() && c.at(anchor + 1) == "." && c.tokens[anchor + 1].line_start)
    text = c.eol() + c.indent_at(c.tokens[anchor + 1].begin) + text;
  size_t at = c.tokens[anchor].end;
  fix.edits.push_back({at, at, text, {}});
  return fix;
}

}  // namespace holymigrate
