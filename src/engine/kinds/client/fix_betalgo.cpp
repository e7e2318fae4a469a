// betalgo/openai (C#, packages Betalgo.OpenAI / Betalgo.Ranul.OpenAI,
// namespaces OpenAI.GPT3, OpenAI, Betalgo.Ranul.OpenAI) (docs/behaviour.md
// §5.2). Its OpenAIService sends every request to OpenAIOptions.BaseDomain
// (default "https://api.openai.com/") joined with a relative
// "{ApiVersion}/chat/completions" (OpenAI.SDK/OpenAiOptions.cs,
// EndpointProviders/OpenAiEndpointProvider.cs): the SDK adds /v1 itself, so
// BaseDomain is root(T) with a trailing slash. It reads no environment
// variable, so the inserted value is a literal, as the SDK's own default is.
//   new OpenAIOptions { ApiKey = k }  ->  new OpenAIOptions { BaseDomain = "…/", ApiKey = k }
//   new OpenAIOptions()               ->  new OpenAIOptions() { BaseDomain = "…/" }
//   services.AddOpenAIService()       ->  services.AddOpenAIService(options => options.BaseDomain =
//   "…/") services.AddOpenAIService(o => o.UseBeta = true)
//                                     ->  services.AddOpenAIService(o => { o.UseBeta = true;
//                                     o.BaseDomain = "…/"; })
#include <fmt/format.h>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

std::string base_domain(const CallSite& c) { return fmt::format("\"{}/\"", c.target.root()); }

// `new OpenAIOptions { … }`, `new OpenAIOptions() { … }`, `new OpenAIOptions()`.
Fix fix_options(const CallSite& c) {
  const auto& t = c.tokens;
  if (c.first == 0 || c.at(c.first - 1) != "new") return skip("not a client");  // a type name
  size_t after = c.last + 1;
  if (c.open != std::string_view::npos) {
    if (c.close >= t.size()) return skip("unbalanced brackets");
    if (c.close != c.open + 1) return skip("not a client");  // a copy constructor or the like
    after = c.close + 1;
  }
  std::string value = "BaseDomain = " + base_domain(c);
  Fix fix;
  if (c.at(after) != "{") {
    if (c.open == std::string_view::npos) return skip("not a client");
    fix.edits.push_back({t[c.close].end, t[c.close].end, " { " + value + " }", {}});
    return fix;
  }
  size_t close = matching_close(c.text, t, after);
  if (close >= t.size()) return skip("unbalanced brackets");
  // Explicit already, or Azure (ProviderType.Azure with ResourceName and
  // DeploymentId): not the public endpoint.
  for (size_t i = after + 1; i < close; ++i)
    for (std::string_view w : {"BaseDomain", "Azure", "ResourceName", "DeploymentId"})
      if (c.at(i) == w) return skip("not a client");
  if (close == after + 1) {  // { }
    bool space = c.text[t[after].end] == ' ';
    fix.edits.push_back({t[after].end, t[after].end, " " + value + (space ? "" : " "), {}});
  } else if (t[after + 1].line_start) {  // one entry per line
    size_t at = t[after + 1].begin;
    fix.edits.push_back({at, at, value + "," + c.eol() + c.indent_at(at), {}});
  } else {
    fix.edits.push_back({t[after].end, t[after].end, " " + value + ",", {}});
  }
  return fix;
}

// `.AddOpenAIService(…)`: the dependency-injection form (OpenAI.SDK/Extensions/
// OpenAIServiceCollectionExtensions.cs binds the "OpenAIServiceOptions"
// configuration section, then runs the setup action, so a BaseDomain set
// there wins over one in appsettings.json).
Fix fix_di(const CallSite& c) {
  const auto& t = c.tokens;
  if (c.open == std::string_view::npos) return skip("the generic form AddOpenAIService<T>(name)");
  if (c.close >= t.size()) return skip("unbalanced brackets");
  Fix fix;
  if (c.close == c.open + 1) {
    fix.edits.push_back(
        {t[c.open].end, t[c.open].end, "options => options.BaseDomain = " + base_domain(c), {}});
    return fix;
  }
  // One argument, a lambda `x => …` or `(x) => …`.
  if (top_level_items(c.text, t, c.open, c.close).size() != 1)
    return skip("more than one argument");
  size_t p = c.open + 1;
  if (c.at(p) == "(" && c.at(p + 2) == ")") ++p;
  if (t[p].kind != TokenKind::Identifier) return skip("the setup action is not a lambda");
  size_t arrow = c.at(p + 1) == ")" ? p + 2 : p + 1;
  if (c.at(arrow) != "=" || c.at(arrow + 1) != ">" || t[arrow + 1].begin != t[arrow].end)
    return skip("the setup action is not a lambda");
  std::string param(c.at(p));
  std::string set = fmt::format("{}.BaseDomain = {};", param, base_domain(c));
  size_t body = arrow + 2;
  if (c.at(body) == "{") {
    size_t close = matching_close(c.text, t, body);
    if (close != c.close - 1) return skip("the setup action is not a lambda");
    fix.edits.push_back({t[close].begin, t[close].begin, set + " ", {}});
    if (t[close].line_start)  // a block laid out one statement per line
      fix.edits.back() = {
          t[close].begin, t[close].begin, "    " + set + c.eol() + c.indent_at(t[close].begin), {}};
    return fix;
  }
  // An expression body becomes a block that also sets BaseDomain.
  size_t last = c.close - 1;
  fix.edits.push_back({t[body].begin, t[body].begin, "{ ", {}});
  fix.edits.push_back({t[last].end, t[last].end, "; " + set + " }", {}});
  return fix;
}

}  // namespace

Fix fix_betalgo(const CallSite& c) {
  return c.spec.fixer == OtherFix::BetalgoOptions ? fix_options(c) : fix_di(c);
}

}  // namespace holymigrate
