// The SDK clients that read the old provider's endpoint and key from the
// environment (docs/behaviour.md §5.1, §5.2): which import makes a name a client, and
// which arguments make it explicit. Data only; src/rules/client.cpp acts on it.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "engine/kinds/client/lexer.h"

namespace holymigrate {

enum class BaseValue { Target, Root };  // T, or root(T) for SDKs that add /v1
enum class Construct { Call, New };     // `Name(` or `new Name(`

struct ClientSpec {
  Language language;        // Python or JavaScript
  std::string_view module;  // what the import names
  std::string_view name;    // exported name; "default" for a JS default export
  Construct construct = Construct::Call;
  // Edit specs name both arguments; report-only specs leave base_arg empty
  // and explain the fix in `fix`.
  std::string_view base_arg;
  std::string_view key_arg;
  BaseValue base = BaseValue::Target;
  // Other spellings that also count as "given" (LangChain's openai_api_base).
  // Report-only specs: any of base_aliases among the arguments (at any depth)
  // makes the call explicit, so it is not reported.
  std::vector<std::string_view> base_aliases;
  std::vector<std::string_view> key_aliases;
  // Report-only: the message after "<call> ". ${to}, ${root}, ${key_env} expand.
  std::string_view fix;
  // The import itself is the client (Vercel AI's default providers): with a
  // `factory`, the import becomes the factory and a same-named instance is
  // made from it (docs/behaviour.md §5.2); without, it is reported.
  bool report_import = false;
  // JS: the base option lives in this nested options object
  // (LangChain.js `new ChatOpenAI({ configuration: { baseURL } })`).
  std::string_view base_in = {};
  // Python: the call may take positional arguments; the keywords are then
  // appended after them (litellm.completion("gpt-4o", messages)).
  bool positional_ok = false;
  // report_import: the exported factory that makes an instance of `name`.
  std::string_view factory = {};
};

// The environment variables a client's library reads by itself when it is
// given no base URL or key (FIELD-NOTES' SDK table; the SDKs' own source).
std::span<const std::string_view> client_reads_env(const ClientSpec& spec);

// Arguments that make a call something other than a client of the provider's
// own endpoint (docs/behaviour.md §5.1): a cloud provider, workload identity,
// an Azure endpoint. A call holding one gets nothing inserted and no finding.
struct ExclusiveArg {
  Language language;
  std::string_view name;  // keyword (Python) or options key (JS)
};

std::span<const ExclusiveArg> client_exclusive_args();

std::span<const ClientSpec> client_specs();

// Source base-URL variables (docs/behaviour.md §4.1, §5.1). A read of one with
// no default (`os.getenv("OPENAI_BASE_URL")`, `process.env.OPENAI_BASE_URL`)
// falls back to the old provider when the renamed variable is unset, so it
// gains the target as its default: T, or root(T) for Anthropic's root URL
// (T again in a file that uses only Vercel's @ai-sdk/anthropic, whose base
// includes /v1).
struct BaseUrlSource {
  std::string_view name;
  BaseValue base;
};

std::span<const BaseUrlSource> base_url_sources();

}  // namespace holymigrate
