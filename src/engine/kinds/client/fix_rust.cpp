// Rust clients (docs/behaviour.md §5.2): async-openai. `Client::new()`
// becomes `Client::with_config(OpenAIConfig::new().with_api_base(…)
// .with_api_key(…))` with the config type written by its full path, so no
// `use` is added; an `OpenAIConfig::new()` chain without `.with_api_base(`
// gets one (and `.with_api_key(` when it has none).
#include <fmt/format.h>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

// `Client` names async-openai's client: `use async_openai::Client`,
// `use async_openai::{…, Client, …}` or the full path.
bool async_openai_client(const CallSite& c) {
  const auto& t = c.tokens;
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    if (c.at(i) != "async_openai" || c.at(i + 1) != ":" || c.at(i + 2) != ":") continue;
    if (c.at(i + 3) == "Client") return true;
    if (c.at(i + 3) != "{") continue;
    size_t close = matching_close(c.text, t, i + 3);
    for (size_t j = i + 4; j < close && j < t.size(); ++j)
      if (c.at(j) == "Client" && c.at(j - 1) != ":") return true;
  }
  return false;
}

}  // namespace

Fix fix_rust(const CallSite& c) {
  if (c.open == std::string_view::npos || c.close >= c.tokens.size()) return skip("not a client");
  if (c.close != c.open + 1) return skip("not a client");  // new(args): another type
  std::string base =
      fmt::format(".with_api_base(std::env::var(\"{}\").unwrap_or_else(|_| \"{}\".to_string()))",
                  c.base_env(), c.base_url());
  std::string key =
      fmt::format(".with_api_key(std::env::var(\"{}\").unwrap_or_default())", c.target.key_env);
  Fix fix;
  if (c.spec.fixer == OtherFix::RustClientNew) {
    if (!async_openai_client(c)) return skip("not a client");
    if (c.at(c.last) == "default")
      return skip("Client::default() may build a client of another config type");
    fix.edits.push_back({c.tokens[c.last].begin,
                         c.tokens[c.close].end,
                         "with_config(async_openai::config::OpenAIConfig::new()" + base + key + ")",
                         {}});
    return fix;
  }
  size_t end = chain_end(c, c.close);
  bool has_key = false;
  for (size_t i = c.close + 1; i <= end && i < c.tokens.size(); ++i)
    has_key = has_key || c.at(i) == "with_api_key";
  size_t at = c.tokens[c.close].end;
  fix.edits.push_back({at, at, base + (has_key ? "" : key), {}});
  return fix;
}

}  // namespace holymigrate
