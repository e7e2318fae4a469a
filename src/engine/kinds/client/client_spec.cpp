#include "engine/kinds/client/client_spec.h"

namespace holymigrate {

std::span<const ClientSpec> client_specs() {
  using L = Language;
  using C = Construct;
  using B = BaseValue;
  static const std::vector<ClientSpec> specs = {
      // SPEC §5.1: edited.
      {L::Python, "openai", "OpenAI", C::Call, "base_url", "api_key", B::Target, {}, {}, {}},
      {L::Python, "openai", "AsyncOpenAI", C::Call, "base_url", "api_key", B::Target, {}, {}, {}},
      {L::Python, "anthropic", "Anthropic", C::Call, "base_url", "api_key", B::Root, {}, {}, {}},
      {L::Python, "anthropic", "AsyncAnthropic", C::Call, "base_url", "api_key", B::Root, {}, {},
       {}},
      {L::Python, "langchain_openai", "ChatOpenAI", C::Call, "base_url", "api_key", B::Target,
       {"openai_api_base"}, {"openai_api_key"}, {}},
      {L::Python, "langchain_openai", "OpenAI", C::Call, "base_url", "api_key", B::Target,
       {"openai_api_base"}, {"openai_api_key"}, {}},
      {L::Python, "langchain_openai", "OpenAIEmbeddings", C::Call, "base_url", "api_key",
       B::Target, {"openai_api_base"}, {"openai_api_key"}, {}},
      {L::Python, "langchain_anthropic", "ChatAnthropic", C::Call, "base_url", "api_key", B::Root,
       {"anthropic_api_url"}, {"anthropic_api_key"}, {}},
      {L::Python, "llama_index.llms.openai", "OpenAI", C::Call, "api_base", "api_key", B::Target,
       {}, {}, {}},
      {L::Python, "llama_index.embeddings.openai", "OpenAIEmbedding", C::Call, "api_base",
       "api_key", B::Target, {}, {}, {}},
      {L::JavaScript, "openai", "default", C::New, "baseURL", "apiKey", B::Target, {}, {}, {}},
      {L::JavaScript, "openai", "OpenAI", C::New, "baseURL", "apiKey", B::Target, {}, {}, {}},
      {L::JavaScript, "@anthropic-ai/sdk", "default", C::New, "baseURL", "apiKey", B::Root, {}, {},
       {}},
      {L::JavaScript, "@anthropic-ai/sdk", "Anthropic", C::New, "baseURL", "apiKey", B::Root, {},
       {}, {}},
      {L::JavaScript, "@ai-sdk/openai", "createOpenAI", C::Call, "baseURL", "apiKey", B::Target,
       {}, {}, {}},
      // vercel/ai packages/anthropic/src/anthropic-provider.ts: the default
      // baseURL is https://api.anthropic.com/v1 (with /v1), so it takes T and B.
      {L::JavaScript, "@ai-sdk/anthropic", "createAnthropic", C::Call, "baseURL", "apiKey",
       B::Target, {}, {}, {}},
      // SPEC §5.2: reported with the fix to make.
      {L::Python, "litellm", "completion", C::Call, {}, {}, B::Target, {"api_base", "base_url"}, {},
       "uses OpenAI's endpoint and OPENAI_API_KEY unless told otherwise: pass "
       "api_base=\"${to}\" and api_key=os.environ.get(\"${key_env}\")"},
      {L::Python, "litellm", "acompletion", C::Call, {}, {}, B::Target, {"api_base", "base_url"}, {},
       "uses OpenAI's endpoint and OPENAI_API_KEY unless told otherwise: pass "
       "api_base=\"${to}\" and api_key=os.environ.get(\"${key_env}\")"},
      {L::JavaScript, "@langchain/openai", "ChatOpenAI", C::New, {}, {}, B::Target, {"baseURL"}, {},
       "reads OPENAI_API_KEY and uses OpenAI's endpoint: pass { apiKey: "
       "process.env.${key_env}, configuration: { baseURL: \"${to}\" } }"},
      {L::JavaScript, "@langchain/openai", "OpenAIEmbeddings", C::New, {}, {}, B::Target,
       {"baseURL"}, {},
       "reads OPENAI_API_KEY and uses OpenAI's endpoint: pass { apiKey: "
       "process.env.${key_env}, configuration: { baseURL: \"${to}\" } }"},
      {L::JavaScript, "@langchain/anthropic", "ChatAnthropic", C::New, {}, {},
       B::Root, {"anthropicApiUrl"}, {},
       "reads ANTHROPIC_API_KEY and uses Anthropic's endpoint: pass { apiKey: "
       "process.env.${key_env}, anthropicApiUrl: \"${root}\" }"},
      {L::JavaScript, "@ai-sdk/openai", "openai", C::Call, {}, {}, B::Target, {}, {},
       "is Vercel AI's default provider: it reads OPENAI_API_KEY and calls OpenAI; use "
       "createOpenAI({ baseURL: \"${to}\", apiKey: process.env.${key_env} }) instead",
       true},
      {L::JavaScript, "@ai-sdk/anthropic", "anthropic", C::Call, {}, {}, B::Target, {}, {},
       "is Vercel AI's default provider: it reads ANTHROPIC_API_KEY and calls Anthropic; use "
       "createAnthropic({ baseURL: \"${to}\", apiKey: process.env.${key_env} }) instead",
       true},
  };
  return specs;
}

std::span<const BaseUrlSource> base_url_sources() {
  static const std::vector<BaseUrlSource> sources = {
      {"OPENAI_BASE_URL", BaseValue::Target},
      {"OPENAI_API_BASE", BaseValue::Target},
      {"ANTHROPIC_BASE_URL", BaseValue::Root},
  };
  return sources;
}

std::span<const OtherClientSpec> other_client_specs() {
  static const std::vector<OtherClientSpec> specs = {
      {{".go"},
       "github.com/openai/openai-go",
       {"openai", ".", "NewClient"},
       "WithBaseURL",
       "reads OPENAI_API_KEY and OPENAI_BASE_URL by itself: pass "
       "option.WithBaseURL(\"${to}\"), option.WithAPIKey(os.Getenv(\"${key_env}\"))"},
      {{".go"},
       "github.com/sashabaranov/go-openai",
       {"openai", ".", "NewClient"},
       {},
       "uses OpenAI's endpoint: build cfg := openai.DefaultConfig(os.Getenv(\"${key_env}\")), "
       "set cfg.BaseURL = \"${to}\" and call openai.NewClientWithConfig(cfg)"},
      {{".go"},
       "github.com/anthropics/anthropic-sdk-go",
       {"anthropic", ".", "NewClient"},
       "WithBaseURL",
       "reads ANTHROPIC_API_KEY by itself: pass option.WithBaseURL(\"${root}\"), "
       "option.WithAPIKey(os.Getenv(\"${key_env}\"))"},
      {{".java", ".kt"},
       "",
       {"OpenAIOkHttpClient", ".", "fromEnv"},
       {},
       "reads OPENAI_API_KEY and OPENAI_BASE_URL: use OpenAIOkHttpClient.builder()"
       ".baseUrl(\"${to}\").apiKey(System.getenv(\"${key_env}\")).build()"},
      {{".java", ".kt"},
       "",
       {"AnthropicOkHttpClient", ".", "fromEnv"},
       {},
       "reads ANTHROPIC_API_KEY: use AnthropicOkHttpClient.builder()"
       ".baseUrl(\"${root}\").apiKey(System.getenv(\"${key_env}\")).build()"},
      {{".cs"},
       "using OpenAI",
       {"new", "OpenAIClient"},
       "Endpoint",
       "uses OpenAI's endpoint: pass new OpenAIClientOptions { Endpoint = new Uri(\"${to}\") } "
       "and the key from Environment.GetEnvironmentVariable(\"${key_env}\")"},
      {{".cs"},
       "using OpenAI",
       {"new", "ChatClient"},
       "Endpoint",
       "uses OpenAI's endpoint: pass new OpenAIClientOptions { Endpoint = new Uri(\"${to}\") } "
       "and the key from Environment.GetEnvironmentVariable(\"${key_env}\")"},
      {{".rs"},
       "async_openai",
       {"Client", ":", ":", "new"},
       {},
       "reads OPENAI_API_KEY and uses OpenAI's endpoint: use Client::with_config("
       "OpenAIConfig::new().with_api_base(\"${to}\").with_api_key(std::env::var(\"${key_env}\")?))"},
      {{".rb"},
       "",
       {"OpenAI", ":", ":", "Client", ".", "new"},
       "uri_base",
       "uses OpenAI's endpoint: pass uri_base: \"${root}/\" and "
       "access_token: ENV.fetch(\"${key_env}\")"},
  };
  return specs;
}

}  // namespace holymigrate
