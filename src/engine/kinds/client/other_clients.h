// Implicit SDK clients in Go, Java/Kotlin, C#, Rust, Ruby and PHP
// (docs/behaviour.md §5.2): the client table for these languages (data only)
// and the pass that makes each call explicit with its library's own options,
// or reports it (`implicit-client`) when it cannot be edited safely.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/kinds/client/client_spec.h"
#include "engine/kinds/client/lexer.h"
#include "model/edit.h"
#include "model/target.h"

namespace holymigrate {

// Which fixer edits a row's calls (one per construction form, in fix_<lang>.cpp).
enum class OtherFix {
  None,            // reported only
  GoOptions,       // openai-go / anthropic-sdk-go: NewClient(opts ...option.RequestOption)
  GoConfig,        // go-openai: NewClient(key) -> NewClientWithConfig(DefaultConfig(key) + BaseURL)
  JavaFromEnv,     // OpenAIOkHttpClient.fromEnv() ->
                   // builder().fromEnv().baseUrl(..).apiKey(..).build()
  JavaBuilder,     // OpenAIOkHttpClient.builder()…build() without .baseUrl(
  CSharpNew,       // new ChatClient(model, key) / T x = new(...)
  RustClientNew,   // async-openai Client::new()
  RustConfigNew,   // async-openai OpenAIConfig::new() without .with_api_base(
  RubyNew,         // ruby-openai OpenAI::Client.new
  RubyConfigure,   // ruby-openai OpenAI.configure do |config| … end without uri_base
  PhpClient,       // openai-php OpenAI::client($key)
  PhpFactory,      // openai-php OpenAI::factory()->…->make() without ->withBaseUri(
  BetalgoOptions,  // betalgo/openai new OpenAIOptions { … } without BaseDomain
  BetalgoDi,       // betalgo/openai services.AddOpenAIService(…) without BaseDomain
};

struct OtherClientSpec {
  std::vector<std::string_view> extensions;  // ".go"
  std::string_view marker;                   // must occur in the file ("" = any)
  std::vector<std::string_view> call;        // tokens, e.g. {"openai", ".", "NewClient"}
  // Identifiers in the arguments (or, for builders, the chain) that make the
  // call explicit already.
  std::vector<std::string_view> unless;
  OtherFix fixer;
  BaseValue base;  // T (reads B) or root(T) (reads A)
  // The variables the SDK reads by itself (for the report and the planning
  // pass: a renamed one leaves an unfixed client half-migrated).
  std::vector<std::string_view> reads_env;
  // The message of the finding when the call is not edited: after "<call> ".
  // ${to}, ${root}, ${key_env} expand.
  std::string_view fix;
  // The configuration section the SDK binds before the call's setup action
  // (ClientUse::binds); empty: none.
  std::string_view binds = {};
};

std::span<const OtherClientSpec> other_client_specs();

// The client table's rows for these languages, applied to one file. `ext` is
// the file's extension (".go"). Edits and findings go to `edits`/`findings`
// (offsets into `text`); each implicit client, fixed or not, to `seen` for
// the planning pass (offset = where its finding starts; reads_env = what the
// SDK reads by itself when the call is left as it is, docs/behaviour.md §5.2).
void other_language_calls(std::string_view text, const std::vector<Token>& tokens,
                          std::string_view ext, const Target& target, const std::string& rule,
                          std::vector<Edit>& edits, std::vector<Finding>& findings,
                          std::vector<ClientSeen>* seen = nullptr);

}  // namespace holymigrate
