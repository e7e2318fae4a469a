#include "engine/kinds/client/other_clients.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/kinds/client/other_fix.h"
#include "engine/matcher.h"

namespace holymigrate {

// SDK facts, each from the SDK's own source:
// - openai-go client.go DefaultClientOptions(): reads OPENAI_BASE_URL and
//   OPENAI_API_KEY; options passed to NewClient come after and win; the
//   default base includes /v1.
// - go-openai config.go: DefaultConfig(authToken) sets BaseURL
//   "https://api.openai.com/v1"; NewClient(token) = NewClientWithConfig(
//   DefaultConfig(token)); nothing is read from the environment.
// - anthropic-sdk-go client.go: reads ANTHROPIC_BASE_URL and
//   ANTHROPIC_API_KEY; the base is the bare origin (the SDK adds /v1).
// - openai-java OpenAIOkHttpClient.kt: fromEnv() = builder().fromEnv()
//   .build(); ClientOptions.kt fromEnv() reads OPENAI_BASE_URL and
//   OPENAI_API_KEY; builder methods baseUrl(String) and apiKey(String).
// - openai-dotnet (OpenAI/src/Custom/*Client.cs): every client has
//   (…, string apiKey), (…, ApiKeyCredential) and (…, ApiKeyCredential,
//   OpenAIClientOptions); OpenAIClientOptions.Endpoint defaults to
//   https://api.openai.com/v1; no environment variable is read.
// - async-openai config.rs: OpenAIConfig::new() reads OPENAI_BASE_URL and
//   OPENAI_API_KEY; with_api_base(..) / with_api_key(..); Client::new() uses
//   OpenAIConfig::new().
// - ruby-openai lib/openai/http.rb uri(): File.join(uri_base, api_version,
//   path) unless uri_base already includes the api_version (since 7.0.0), so
//   root(T) is right for every version; nothing is read from the environment.
// - openai-php/client src/OpenAI.php: client($apiKey) = factory()
//   ->withApiKey($apiKey)->make(); Factory withBaseUri(), default
//   "api.openai.com/v1" (BaseUri.php adds https:// when no scheme is given).
// - betalgo/openai OpenAI.SDK/OpenAiOptions.cs: BaseDomain defaults to
//   "https://api.openai.com/" and requests go to "{ApiVersion}/…" relative
//   to it (EndpointProviders/OpenAiEndpointProvider.cs), so root(T); the
//   class was OpenAiOptions before 8.x; nothing is read from the environment.
std::span<const OtherClientSpec> other_client_specs() {
  using F = OtherFix;
  using B = BaseValue;
  static constexpr std::string_view kGoOpenAI =
      "reads OPENAI_API_KEY and OPENAI_BASE_URL by itself: pass "
      "option.WithBaseURL(\"${to}\"), option.WithAPIKey(os.Getenv(\"${key_env}\"))";
  static constexpr std::string_view kJavaOpenAI =
      "reads OPENAI_API_KEY and OPENAI_BASE_URL: use OpenAIOkHttpClient.builder().fromEnv()"
      ".baseUrl(\"${to}\").apiKey(System.getenv(\"${key_env}\")).build()";
  static constexpr std::string_view kJavaAnthropic =
      "reads ANTHROPIC_API_KEY: use AnthropicOkHttpClient.builder().fromEnv()"
      ".baseUrl(\"${root}\").apiKey(System.getenv(\"${key_env}\")).build()";
  static constexpr std::string_view kDotnet =
      "uses OpenAI's endpoint: pass new OpenAIClientOptions { Endpoint = new Uri(\"${to}\") } "
      "and the key as new ApiKeyCredential(Environment.GetEnvironmentVariable(\"${key_env}\"))";
  static constexpr std::string_view kRust =
      "reads OPENAI_API_KEY and uses OpenAI's endpoint: use Client::with_config("
      "OpenAIConfig::new().with_api_base(\"${to}\").with_api_key(std::env::var(\"${key_env}\")?))";
  static const std::vector<std::string_view> kOpenAIEnv = {"OPENAI_API_KEY", "OPENAI_BASE_URL"};
  static const std::vector<std::string_view> kAnthropicEnv = {"ANTHROPIC_API_KEY",
                                                              "ANTHROPIC_BASE_URL"};
  static const std::vector<OtherClientSpec> specs = [] {
    std::vector<OtherClientSpec> s = {
        {{".go"},
         "github.com/openai/openai-go",
         {"openai", ".", "NewClient"},
         {"WithBaseURL"},
         F::GoOptions,
         B::Target,
         kOpenAIEnv,
         kGoOpenAI},
        {{".go"},
         "github.com/sashabaranov/go-openai",
         {"openai", ".", "NewClient"},
         {},
         F::GoConfig,
         B::Target,
         {},
         "uses OpenAI's endpoint: build cfg := openai.DefaultConfig(os.Getenv(\"${key_env}\")), "
         "set cfg.BaseURL = \"${to}\" and call openai.NewClientWithConfig(cfg)"},
        {{".go"},
         "github.com/anthropics/anthropic-sdk-go",
         {"anthropic", ".", "NewClient"},
         {"WithBaseURL"},
         F::GoOptions,
         B::Root,
         kAnthropicEnv,
         "reads ANTHROPIC_API_KEY by itself: pass option.WithBaseURL(\"${root}\"), "
         "option.WithAPIKey(os.Getenv(\"${key_env}\"))"},
        {{".java", ".kt"},
         "",
         {"OpenAIOkHttpClient", ".", "fromEnv"},
         {},
         F::JavaFromEnv,
         B::Target,
         kOpenAIEnv,
         kJavaOpenAI},
        {{".java", ".kt"},
         "",
         {"OpenAIOkHttpClientAsync", ".", "fromEnv"},
         {},
         F::JavaFromEnv,
         B::Target,
         kOpenAIEnv,
         kJavaOpenAI},
        {{".java", ".kt"},
         "",
         {"OpenAIOkHttpClient", ".", "builder"},
         {"baseUrl"},
         F::JavaBuilder,
         B::Target,
         {},
         kJavaOpenAI},
        {{".java", ".kt"},
         "",
         {"OpenAIOkHttpClientAsync", ".", "builder"},
         {"baseUrl"},
         F::JavaBuilder,
         B::Target,
         {},
         kJavaOpenAI},
        {{".java", ".kt"},
         "",
         {"AnthropicOkHttpClient", ".", "fromEnv"},
         {},
         F::JavaFromEnv,
         B::Root,
         kAnthropicEnv,
         kJavaAnthropic},
        {{".java", ".kt"},
         "",
         {"AnthropicOkHttpClientAsync", ".", "fromEnv"},
         {},
         F::JavaFromEnv,
         B::Root,
         kAnthropicEnv,
         kJavaAnthropic},
        {{".java", ".kt"},
         "",
         {"AnthropicOkHttpClient", ".", "builder"},
         {"baseUrl"},
         F::JavaBuilder,
         B::Root,
         {},
         kJavaAnthropic},
        {{".rs"},
         "async_openai",
         {"Client", ":", ":", "new"},
         {},
         F::RustClientNew,
         B::Target,
         kOpenAIEnv,
         kRust},
        {{".rs"},
         "async_openai",
         {"OpenAIConfig", ":", ":", "new"},
         {"with_api_base"},
         F::RustConfigNew,
         B::Target,
         kOpenAIEnv,
         kRust},
        {{".rb"},
         "",
         {"OpenAI", ":", ":", "Client", ".", "new"},
         {"uri_base"},
         F::RubyNew,
         B::Root,
         {},
         "uses OpenAI's endpoint: pass uri_base: \"${root}/\" and "
         "access_token: ENV[\"${key_env}\"]"},
        {{".rb"},
         "",
         {"OpenAI", ".", "configure"},
         {"uri_base"},
         F::RubyConfigure,
         B::Root,
         {},
         "uses OpenAI's endpoint: set config.uri_base = \"${root}/\" in the block"},
        {{".php"},
         "",
         {"OpenAI", ":", ":", "client"},
         {},
         F::PhpClient,
         B::Target,
         {},
         "uses OpenAI's endpoint: use OpenAI::factory()->withApiKey(getenv('${key_env}'))"
         "->withBaseUri('${to}')->make()"},
        {{".php"},
         "",
         {"OpenAI", ":", ":", "factory"},
         {"withBaseUri"},
         F::PhpFactory,
         B::Target,
         {},
         "uses OpenAI's endpoint: add ->withBaseUri('${to}') to the factory chain"},
    };
    // A constructor passed as a method reference: reported only. Rust's
    // Default impls: OpenAIConfig::default() is new(); Client::default() is
    // reported (its config type may be another one, AzureConfig).
    for (std::string_view cls : {"OpenAIOkHttpClient", "OpenAIOkHttpClientAsync"})
      s.push_back({{".java", ".kt"},
                   "",
                   {cls, ":", ":", "fromEnv"},
                   {},
                   F::None,
                   B::Target,
                   kOpenAIEnv,
                   kJavaOpenAI});
    s.push_back({{".rs"},
                 "async_openai",
                 {"Client", ":", ":", "default"},
                 {},
                 F::RustClientNew,
                 B::Target,
                 kOpenAIEnv,
                 kRust});
    s.push_back({{".rs"},
                 "async_openai",
                 {"OpenAIConfig", ":", ":", "default"},
                 {"with_api_base"},
                 F::RustConfigNew,
                 B::Target,
                 kOpenAIEnv,
                 kRust});
    // betalgo/openai: the options object (either spelling) and the
    // dependency-injection extension, called on a service collection.
    static constexpr std::string_view kBetalgo =
        "uses OpenAI's endpoint: set BaseDomain = \"${root}/\" in its OpenAIOptions";
    for (std::string_view cls : {"OpenAIOptions", "OpenAiOptions"})
      s.push_back(
          {{".cs"}, "OpenAI", {cls}, {"BaseDomain"}, F::BetalgoOptions, B::Root, {}, kBetalgo});
    // OpenAI.SDK/Extensions/OpenAIServiceCollectionExtensions.cs binds the
    // "OpenAIServiceOptions" section (OpenAiOptions.cs SettingKey) first.
    s.push_back({{".cs"},
                 "OpenAI",
                 {".", "AddOpenAIService"},
                 {"BaseDomain", "Azure", "ResourceName"},
                 F::BetalgoDi,
                 B::Root,
                 {},
                 kBetalgo,
                 "OpenAIServiceOptions"});
    // openai-dotnet: every client class, constructed with `new T(…)` or a
    // target-typed `T x = new(…)`.
    for (std::string_view cls : {"OpenAIClient",
                                 "ChatClient",
                                 "EmbeddingClient",
                                 "AudioClient",
                                 "ImageClient",
                                 "ModerationClient",
                                 "LegacyCompletionClient",
                                 "OpenAIResponseClient",
                                 "ResponsesClient",
                                 "AssistantClient",
                                 "BatchClient",
                                 "ContainerClient",
                                 "ConversationClient",
                                 "EvaluationClient",
                                 "FineTuningClient",
                                 "GraderClient",
                                 "OpenAIFileClient",
                                 "OpenAIModelClient",
                                 "VectorStoreClient",
                                 "VideoClient"})
      s.push_back(
          {{".cs"}, "using OpenAI", {cls}, {"Endpoint"}, F::CSharpNew, B::Target, {}, kDotnet});
    return s;
  }();
  return specs;
}

std::string CallSite::base_url() const {
  return spec.base == BaseValue::Root ? target.root() : target.url;
}

std::string CallSite::base_env() const {
  // A (HOLYSHEEP_ANTHROPIC_BASE_URL) holds root(T) for SDKs that add /v1.
  return spec.base == BaseValue::Root ? target.anthropic_base_env : target.base_env;
}

std::string CallSite::indent_at(size_t pos) const {
  size_t b = text.rfind('\n', pos == 0 ? 0 : pos - 1);
  b = b == std::string_view::npos || pos == 0 ? 0 : b + 1;
  size_t e = b;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
  return std::string(text.substr(b, e - b));
}

std::string CallSite::eol() const {
  size_t nl = text.find('\n');
  return nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
}

char prevailing_quote(std::string_view text, const std::vector<Token>& tokens, char fallback) {
  size_t single = 0, dbl = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::String) continue;
    single += text[t.begin] == '\'';
    dbl += text[t.begin] == '"';
  }
  return single > dbl ? '\'' : dbl > single ? '"' : fallback;
}

std::vector<size_t> top_level_items(std::string_view text, const std::vector<Token>& tokens,
                                    size_t open, size_t close) {
  std::vector<size_t> out;
  int depth = 0;
  bool fresh = true;
  for (size_t i = open + 1; i < close && i < tokens.size(); ++i) {
    std::string_view w = token_text(text, tokens[i]);
    bool punct = tokens[i].kind == TokenKind::Punct;
    if (depth == 0 && punct && w == ",") {
      fresh = true;
      continue;
    }
    if (fresh) out.push_back(i), fresh = false;
    if (punct && (w == "(" || w == "[" || w == "{")) ++depth;
    if (punct && (w == ")" || w == "]" || w == "}")) --depth;
  }
  return out;
}

// The end of a method chain that starts at token `i` (Java builders, Rust
// configs): the last token of `.name(...)` links, stopping at anything else.
size_t chain_end(const CallSite& c, size_t i) {
  size_t end = i;
  while (true) {
    // A link: `.name(` (Java, Rust) or `->name(` (PHP).
    size_t k = end + 1;
    if (c.at(k) == "-" && c.at(k + 1) == ">")
      ++k;
    else if (c.at(k) != ".")
      return end;
    if (k + 1 >= c.tokens.size() || c.tokens[k + 1].kind != TokenKind::Identifier ||
        c.at(k + 2) != "(")
      return end;
    size_t close = matching_close(c.text, c.tokens, k + 2);
    if (close >= c.tokens.size()) return end;
    end = close;
  }
}

size_t csharp_qualified_begin(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  while (k >= 2 && token_text(text, tokens[k - 1]) == "." &&
         tokens[k - 2].kind == TokenKind::Identifier)
    k -= 2;
  // global::OpenAI.Chat.ChatClient
  if (k >= 3 && token_text(text, tokens[k - 1]) == ":" && token_text(text, tokens[k - 2]) == ":" &&
      token_text(text, tokens[k - 3]) == "global")
    k -= 3;
  return k;
}

std::string_view csharp_namespace_root(std::string_view text, const std::vector<Token>& tokens,
                                       size_t k) {
  size_t b = csharp_qualified_begin(text, tokens, k);
  if (token_text(text, tokens[b]) == "global") b += 3;
  return b < k ? token_text(text, tokens[b]) : std::string_view();
}

namespace {

Fix run_fixer(const CallSite& call) {
  switch (call.spec.fixer) {
    case OtherFix::GoOptions:
    case OtherFix::GoConfig:
      return fix_go(call);
    case OtherFix::JavaFromEnv:
    case OtherFix::JavaBuilder:
      return fix_java(call);
    case OtherFix::CSharpNew:
      return fix_csharp(call);
    case OtherFix::RustClientNew:
    case OtherFix::RustConfigNew:
      return fix_rust(call);
    case OtherFix::RubyNew:
    case OtherFix::RubyConfigure:
      return fix_ruby(call);
    case OtherFix::PhpClient:
    case OtherFix::PhpFactory:
      return fix_php(call);
    case OtherFix::BetalgoOptions:
    case OtherFix::BetalgoDi:
      return fix_betalgo(call);
    case OtherFix::None:
      break;
  }
  return skip("no fixer");
}

}  // namespace

void other_language_calls(std::string_view text, const std::vector<Token>& tokens,
                          std::string_view ext, const Target& target, const std::string& rule,
                          std::vector<Edit>& edits, std::vector<Finding>& findings,
                          std::vector<ClientSeen>* seen) {
  std::set<std::string> go_imports, cs_usings;
  for (const OtherClientSpec& spec : other_client_specs()) {
    if (std::find(spec.extensions.begin(), spec.extensions.end(), ext) == spec.extensions.end())
      continue;
    const bool marked = spec.marker.empty() || text.find(spec.marker) != std::string_view::npos;
    // C#: a type written with its namespace (`new OpenAI.Chat.ChatClient(…)`)
    // needs no `using OpenAI…` directive.
    const bool qualified_ok = ext == ".cs" && spec.fixer == OtherFix::CSharpNew;
    if (!marked && !qualified_ok) continue;
    const size_t n = spec.call.size();
    // Go: the SDK package under its alias (`oai "github.com/openai/openai-go"`).
    std::string head(spec.call.front());
    if (ext == ".go") head = go_package_name(text, tokens, spec.marker, head);
    for (size_t k = 0; k + n <= tokens.size(); ++k) {
      bool hit = token_text(text, tokens[k]) == head;
      for (size_t j = 1; j < n && hit; ++j) hit = token_text(text, tokens[k + j]) == spec.call[j];
      if (!hit) continue;
      std::string_view before = k > 0 ? token_text(text, tokens[k - 1]) : "";
      bool qualified =
          qualified_ok && before == "." && csharp_namespace_root(text, tokens, k) == "OpenAI";
      if (!marked && !qualified) continue;
      if ((before == "." && !qualified) || (before == ":" && n > 1))
        continue;  // reqwest::Client::new()
      if (before == ">" && k > 1 && token_text(text, tokens[k - 2]) == "-") continue;  // $a->b
      CallSite call{text,          tokens, k,      k + n - 1, std::string_view::npos,
                    tokens.size(), spec,   target, ext};
      size_t last = call.last, end = tokens[last].end;
      if (call.at(last + 1) == "(") {
        call.open = last + 1;
        call.close = matching_close(text, tokens, call.open);
        end = call.close < tokens.size() ? tokens[call.close].end : tokens[call.open].end;
      }
      // Already explicit: an `unless` identifier among the arguments or,
      // for builders, anywhere in the chain.
      size_t scan_end = call.close < tokens.size() ? call.close : last;
      if (spec.fixer == OtherFix::JavaBuilder || spec.fixer == OtherFix::RustConfigNew ||
          spec.fixer == OtherFix::PhpFactory)
        scan_end = chain_end(call, call.close < tokens.size() ? call.close : last);
      else if (call.open == std::string_view::npos)  // Ruby: arguments to the end of the line
        for (scan_end = last; scan_end + 1 < tokens.size() && !tokens[scan_end + 1].line_start;)
          ++scan_end;
      bool explicit_arg = false;
      for (size_t i = last + 1; i <= scan_end && i < tokens.size(); ++i)
        explicit_arg = explicit_arg || std::find(spec.unless.begin(), spec.unless.end(),
                                                 call.at(i)) != spec.unless.end();
      if (explicit_arg) continue;
      Fix fix = run_fixer(call);
      if (fix.edits.empty() && fix.unreadable == "not a client") continue;
      // `.AddOpenAIService(…)` is named and found from its method name.
      const size_t from = spec.call.front() == "." ? k + 1 : k;
      const bool fixed = !fix.edits.empty() && fix.unreadable.empty();
      if (seen) {
        ClientSeen use;
        use.rule = rule;
        use.offset = tokens[from].begin;  // where its finding starts
        use.fixed = fixed;
        // The call's span only where the plan needs it (a bound section): a
        // fix of the other rows may edit past the call (a builder chain), so
        // their span stays unknown (plan/ties.h asks a file's fixes as one).
        if (!spec.binds.empty()) {
          use.end = std::max(end, fix.end);
          for (const Edit& e : fix.edits) use.end = std::max(use.end, e.end);
        }
        use.binds = spec.binds;
        if (!fixed) use.reads_env.assign(spec.reads_env.begin(), spec.reads_env.end());
        seen->push_back(std::move(use));
      }
      if (fixed) {
        for (Edit& e : fix.edits) {
          e.rule = rule;
          edits.push_back(std::move(e));
        }
        (spec.extensions.front() == ".go" ? go_imports : cs_usings)
            .insert(fix.imports.begin(), fix.imports.end());
        continue;
      }
      end = std::max(end, fix.end);
      std::string callee(text.substr(tokens[from].begin, end - tokens[from].begin));
      if (!fix.callee.empty())
        callee = fix.callee;
      else if (callee.size() > 60 || callee.find('\n') != std::string::npos)
        callee =
            std::string(text.substr(tokens[from].begin, tokens[last].end - tokens[from].begin)) +
            "(…)";
      std::string why = fix.unreadable.empty() || fix.unreadable == "no fixer"
                            ? ""
                            : fmt::format(" (cannot be edited safely: {})", fix.unreadable);
      findings.push_back(
          {tokens[from].begin, end, rule, Severity::Warning,
           fmt::format("{} {}{}", callee, expand_target(std::string(spec.fix), target), why)});
    }
  }
  for (Edit& e : go_import_edits(text, tokens, go_imports)) {
    e.rule = rule;
    edits.push_back(std::move(e));
  }
  for (Edit& e : csharp_using_edits(text, tokens, cs_usings)) {
    e.rule = rule;
    edits.push_back(std::move(e));
  }
}

}  // namespace holymigrate
