// C# clients (docs/behaviour.md §5.2): openai-dotnet. Every client class has
// the constructors (…, string apiKey), (…, ApiKeyCredential credential) and
// (…, ApiKeyCredential credential, OpenAIClientOptions options), where "…"
// is `string model` for the model clients (ChatClient, EmbeddingClient, …).
// A client built without options gets the key as an ApiKeyCredential and
// `new OpenAIClientOptions { Endpoint = new Uri(B ?? T) }`; options written
// as an object initializer get `Endpoint = …` inside it. Both construction
// forms: `new ChatClient(…)` and the target-typed `ChatClient c = new(…)`.
#include <fmt/format.h>

#include <algorithm>

#include "engine/kinds/client/other_fix.h"

namespace holymigrate {
namespace {

bool model_client(std::string_view cls) {
  static constexpr std::string_view kModel[] = {
      "ChatClient",       "EmbeddingClient",        "AudioClient",          "ImageClient",
      "ModerationClient", "LegacyCompletionClient", "OpenAIResponseClient", "ResponsesClient"};
  return std::find(std::begin(kModel), std::end(kModel), cls) != std::end(kModel);
}

// "System." unless the file can name System's types unqualified.
std::string system_prefix(const CallSite& c) {
  bool has = c.text.find("using System;") != std::string_view::npos;
  for (size_t i = 0; i + 1 < c.tokens.size() && !has; ++i)
    has = (c.at(i) == "Environment" || c.at(i) == "Console") && c.at(i + 1) == "." &&
          (i == 0 || c.at(i - 1) != ".");
  return has ? "" : "System.";
}

// `qualified`: the client's type is written with its namespace, so the
// inserted types are too (the file may have no using directive), with
// `global::` when the client's type has it (`root`: "" or "global::").
Fix fix_call(const CallSite& c, size_t open, size_t close, bool qualified, std::string_view root);

bool named(const CallSite& c, size_t item) {
  return c.tokens[item].kind == TokenKind::Identifier && c.at(item + 1) == ":" &&
         c.at(item + 2) != ":";
}

}  // namespace

Fix fix_csharp(const CallSite& c) {
  const auto& t = c.tokens;
  // Which construction: `new T(` or `T name = new(`; T may be written with
  // its namespace (`new OpenAI.Chat.ChatClient(`).
  const size_t q = csharp_qualified_begin(c.text, t, c.first);
  size_t open;
  if (q > 0 && c.at(q - 1) == "new" && c.at(c.first + 1) == "(") {
    open = c.first + 1;
  } else if (c.first + 4 < t.size() && t[c.first + 1].kind == TokenKind::Identifier &&
             c.at(c.first + 2) == "=" && c.at(c.first + 3) == "new" && c.at(c.first + 4) == "(") {
    open = c.first + 4;
  } else {
    return skip("not a client");  // a type name, a declaration, a static call
  }
  size_t close = matching_close(c.text, t, open);
  if (close >= t.size()) return skip("unbalanced brackets");
  Fix found = fix_call(c, open, close, q < c.first, c.at(q) == "global" ? "global::" : "");
  found.end = t[close].end;
  std::string_view written = c.text.substr(t[q].begin, t[c.first].end - t[q].begin);
  found.callee = open == c.first + 1 ? fmt::format("new {}(…)", written)
                                     : fmt::format("{} {} = new(…)", written, c.at(c.first + 1));
  return found;
}

namespace {

Fix fix_call(const CallSite& c, size_t open, size_t close, bool qualified, std::string_view root) {
  const auto& t = c.tokens;
  std::string_view cls = c.at(c.first);
  for (size_t i = open + 1; i < close; ++i)
    if (c.at(i) == "Endpoint") return skip("not a client");  // explicit already
  std::vector<size_t> items = top_level_items(c.text, t, open, close);
  size_t expected = model_client(cls) ? 2 : 1;
  if (items.size() < expected) return skip("a constructor whose key cannot be found");
  std::string sys = system_prefix(c);
  std::string endpoint = fmt::format(
      "Endpoint = new {0}Uri({0}Environment.GetEnvironmentVariable(\"{1}\") ?? \"{2}\")", sys,
      c.base_env(), c.base_url());
  Fix fix;
  if (!qualified) fix.imports.insert("OpenAI");
  auto item_end = [&](size_t k) {
    return k + 1 < items.size() ? t[items[k + 1] - 1].begin : t[close].begin;
  };
  // The options argument, when there is one: the third (second) positional
  // one or `options:`.
  size_t options = items.size();
  for (size_t k = 0; k < items.size(); ++k)
    if (named(c, items[k]) ? c.at(items[k]) == "options" : k == expected) options = k;
  if (options < items.size()) {
    size_t v = items[options] + (named(c, items[options]) ? 2 : 0);
    if (c.at(v) != "new") return skip("its options are a variable");
    size_t brace = v;
    while (brace < close && c.at(brace) != "{" && c.at(brace) != ",") ++brace;
    if (c.at(brace) != "{") {  // new OpenAIClientOptions()
      size_t end = brace - 1;  // the last token of the argument
      while (end > v && t[end].begin >= item_end(options)) --end;
      fix.edits.push_back({t[end].end, t[end].end, " { " + endpoint + " }", {}});
      return fix;
    }
    size_t brace_close = matching_close(c.text, t, brace);
    bool empty = brace_close == brace + 1;
    fix.edits.push_back({t[brace].end, t[brace].end, " " + endpoint + (empty ? " " : ","), {}});
    return fix;
  }
  // No options: the key becomes an ApiKeyCredential, options are added.
  size_t key = expected - 1;
  for (size_t k = 0; k < items.size(); ++k)
    if (named(c, items[k]) && (c.at(items[k]) == "apiKey" || c.at(items[k]) == "credential"))
      key = k;
  bool key_named = named(c, items[key]);
  size_t value = items[key] + (key_named ? 2 : 0);
  size_t value_end = item_end(key);
  size_t last = value;
  while (last + 1 < close && t[last + 1].end <= value_end) ++last;
  std::string_view value_text = c.text.substr(t[value].begin, t[last].end - t[value].begin);
  bool credential =
      c.at(items[key]) == "credential" || value_text.find("Credential") != std::string_view::npos;
  if (!credential && t[value].kind == TokenKind::Identifier && value == last) {
    // A variable: a credential when the file declares it as one.
    for (size_t i = 0; i + 1 < t.size() && !credential; ++i)
      credential = c.at(i) == "ApiKeyCredential" && c.at(i + 1) == value_text;
  }
  if (!credential) {
    if (!qualified) fix.imports.insert("System.ClientModel");
    if (key_named) fix.edits.push_back({t[items[key]].begin, t[items[key]].end, "credential", {}});
    fix.edits.push_back({t[value].begin,
                         t[value].begin,
                         qualified ? fmt::format("new {}System.ClientModel.ApiKeyCredential(", root)
                                   : std::string("new ApiKeyCredential("),
                         {}});
    fix.edits.push_back({t[last].end, t[last].end, ")", {}});
  }
  bool any_named = std::any_of(items.begin(), items.end(), [&](size_t i) { return named(c, i); });
  size_t end = close - 1;  // the last token of the arguments
  fix.edits.push_back(
      {t[end].end,
       t[end].end,
       fmt::format(", {}new {}OpenAIClientOptions {{ {} }}", any_named ? "options: " : "",
                   qualified ? fmt::format("{}OpenAI.", root) : std::string(), endpoint),
       {}});
  return fix;
}

}  // namespace

std::vector<Edit> csharp_using_edits(std::string_view text, const std::vector<Token>& tokens,
                                     const std::set<std::string>& imports) {
  std::vector<Edit> out;
  if (imports.empty()) return out;
  // Top-level using directives: `using A.B;` at a line start.
  struct Using {
    std::string name;
    size_t line_begin, line_end;
  };
  std::vector<Using> usings;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (token_text(text, tokens[i]) != "using" || !tokens[i].line_start) continue;
    std::string name;
    size_t j = i + 1;
    while (j < tokens.size() &&
           (tokens[j].kind == TokenKind::Identifier || token_text(text, tokens[j]) == "."))
      name += token_text(text, tokens[j++]);
    if (j >= tokens.size() || token_text(text, tokens[j]) != ";" || name.empty()) continue;
    if (name == "static" || name == "var") continue;
    size_t b = text.rfind('\n', tokens[i].begin == 0 ? 0 : tokens[i].begin - 1);
    b = b == std::string_view::npos || tokens[i].begin == 0 ? 0 : b + 1;
    size_t e = text.find('\n', tokens[j].end);
    e = e == std::string_view::npos ? text.size() : e + 1;
    usings.push_back({name, b, e});
  }
  if (usings.empty()) return out;
  size_t nl = text.find('\n');
  std::string eol = nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
  for (const std::string& ns : imports) {
    if (std::any_of(usings.begin(), usings.end(), [&](const Using& u) { return u.name == ns; }))
      continue;
    size_t at = usings.back().line_end;
    for (const Using& u : usings)
      if (u.name > ns) {
        at = u.line_begin;
        break;
      }
    std::string line = "using " + ns + ";" + eol;
    if (at == text.size() && !text.empty() && text.back() != '\n') line = eol + "using " + ns + ";";
    out.push_back({at, at, line, {}});
  }
  return out;
}

}  // namespace holymigrate
