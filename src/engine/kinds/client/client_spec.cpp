#include "engine/kinds/client/client_spec.h"

namespace holymigrate {

namespace {

// One row per library: where it is imported from, the names it exports as
// clients, and how a client is made explicit. Expanded into one ClientSpec
// per module and name.
struct Library {
  Language language;
  std::vector<std::string_view> modules;
  std::vector<std::string_view> names;
  Construct construct;
  std::string_view base_arg, key_arg;
  BaseValue base;
  std::vector<std::string_view> base_aliases, key_aliases;
  std::string_view base_in = {};
  bool positional_ok = false;
};

std::vector<ClientSpec> expand(const std::vector<Library>& libs) {
  std::vector<ClientSpec> out;
  for (const Library& l : libs)
    for (std::string_view m : l.modules)
      for (std::string_view n : l.names) {
        ClientSpec s{l.language,    m,         n,      l.construct,
                     l.base_arg,    l.key_arg, l.base, l.base_aliases,
                     l.key_aliases, {}};
        s.base_in = l.base_in;
        s.positional_ok = l.positional_ok;
        out.push_back(s);
      }
  return out;
}

}  // namespace

std::span<const ClientSpec> client_specs() {
  using L = Language;
  using C = Construct;
  using B = BaseValue;
  static const std::vector<ClientSpec> specs = [] {
    std::vector<ClientSpec> v = expand({
        // docs/behaviour.md §5.1. openai-python src/openai/_client.py ends with
        // `Client = OpenAI` and `AsyncClient = AsyncOpenAI`: exported aliases
        // (anthropic-sdk-python's _client.py likewise for Anthropic).
        {L::Python,
         {"openai"},
         {"OpenAI", "AsyncOpenAI", "Client", "AsyncClient"},
         C::Call,
         "base_url",
         "api_key",
         B::Target,
         {},
         {}},
        {L::Python,
         {"anthropic"},
         {"Anthropic", "AsyncAnthropic", "Client", "AsyncClient"},
         C::Call,
         "base_url",
         "api_key",
         B::Root,
         {},
         {}},
        {L::Python,
         {"langchain_openai"},
         {"ChatOpenAI", "OpenAI", "OpenAIEmbeddings"},
         C::Call,
         "base_url",
         "api_key",
         B::Target,
         {"openai_api_base"},
         {"openai_api_key"}},
        {L::Python,
         {"langchain_anthropic"},
         {"ChatAnthropic"},
         C::Call,
         "base_url",
         "api_key",
         B::Root,
         {"anthropic_api_url"},
         {"anthropic_api_key"}},
        // Older LangChain paths: the pydantic fields openai_api_base /
        // openai_api_key (base_url= / api_key= aliases came later), read from
        // OPENAI_API_BASE / OPENAI_API_KEY.
        {L::Python,
         {"langchain.chat_models", "langchain.chat_models.openai",
          "langchain_community.chat_models", "langchain_community.chat_models.openai"},
         {"ChatOpenAI"},
         C::Call,
         "openai_api_base",
         "openai_api_key",
         B::Target,
         {"base_url"},
         {"api_key"}},
        {L::Python,
         {"langchain.llms", "langchain.llms.openai", "langchain_community.llms",
          "langchain_community.llms.openai"},
         {"OpenAI"},
         C::Call,
         "openai_api_base",
         "openai_api_key",
         B::Target,
         {"base_url"},
         {"api_key"}},
        {L::Python,
         {"langchain.embeddings", "langchain.embeddings.openai", "langchain_community.embeddings",
          "langchain_community.embeddings.openai"},
         {"OpenAIEmbeddings"},
         C::Call,
         "openai_api_base",
         "openai_api_key",
         B::Target,
         {"base_url"},
         {"api_key"}},
        {L::Python,
         {"langchain.chat_models", "langchain.chat_models.anthropic",
          "langchain_community.chat_models", "langchain_community.chat_models.anthropic"},
         {"ChatAnthropic"},
         C::Call,
         "anthropic_api_url",
         "anthropic_api_key",
         B::Root,
         {"base_url"},
         {"api_key"}},
        {L::Python,
         {"llama_index.llms.openai"},
         {"OpenAI"},
         C::Call,
         "api_base",
         "api_key",
         B::Target,
         {},
         {}},
        {L::Python,
         {"llama_index.embeddings.openai"},
         {"OpenAIEmbedding"},
         C::Call,
         "api_base",
         "api_key",
         B::Target,
         {},
         {}},
        // litellm: completion(model, messages, api_base=, api_key=); positional
        // arguments are common, so the keywords are appended. A model string
        // naming an Anthropic model ("anthropic/…", "claude-…") routes to
        // litellm's Anthropic handler, which appends /v1/messages to
        // api_base: it gets A and root(T) (client_call.cpp).
        {L::Python,
         {"litellm"},
         {"completion", "acompletion", "text_completion", "atext_completion", "embedding",
          "aembedding"},
         C::Call,
         "api_base",
         "api_key",
         B::Target,
         {"base_url"},
         {},
         {},
         true},
        {L::JavaScript,
         {"openai"},
         {"default", "OpenAI"},
         C::New,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {}},
        // openai-node v3: new Configuration({ apiKey, basePath }) handed to new OpenAIApi(...).
        {L::JavaScript,
         {"openai"},
         {"Configuration"},
         C::New,
         "basePath",
         "apiKey",
         B::Target,
         {},
         {}},
        {L::JavaScript,
         {"@anthropic-ai/sdk"},
         {"default", "Anthropic"},
         C::New,
         "baseURL",
         "apiKey",
         B::Root,
         {},
         {}},
        {L::JavaScript,
         {"@ai-sdk/openai"},
         {"createOpenAI"},
         C::Call,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {}},
        // vercel/ai packages/anthropic/src/anthropic-provider.ts: the default
        // baseURL is https://api.anthropic.com/v1 (with /v1), so it takes T and B.
        {L::JavaScript,
         {"@ai-sdk/anthropic"},
         {"createAnthropic"},
         C::Call,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {}},
        // LangChain.js: the OpenAI client options go in `configuration`
        // (ClientOptions: baseURL; basePath in the openai v3 days); the key is
        // apiKey (openAIApiKey before).
        {L::JavaScript,
         {"@langchain/openai", "langchain/chat_models/openai", "langchain/llms/openai",
          "langchain/embeddings/openai"},
         {"ChatOpenAI", "OpenAI", "OpenAIEmbeddings"},
         C::New,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {"openAIApiKey"},
         "configuration"},
        // LangChain.js ChatAnthropic: anthropicApiUrl and apiKey (anthropicApiKey before).
        {L::JavaScript,
         {"@langchain/anthropic", "langchain/chat_models/anthropic"},
         {"ChatAnthropic"},
         C::New,
         "anthropicApiUrl",
         "apiKey",
         B::Root,
         {},
         {"anthropicApiKey"}},
    });
    // Vercel AI's default provider instances (vercel/ai packages/openai/src/
    // openai-provider.ts and packages/anthropic/src/anthropic-provider.ts end
    // with `export const openai = createOpenAI()` / `export const anthropic =
    // createAnthropic()`): the import becomes the factory and a same-named
    // instance is made with baseURL and apiKey (docs/behaviour.md §5.2).
    std::vector<ClientSpec> reported = {
        {L::JavaScript,
         "@ai-sdk/openai",
         "openai",
         C::Call,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {},
         {},
         true},
        {L::JavaScript,
         "@ai-sdk/anthropic",
         "anthropic",
         C::Call,
         "baseURL",
         "apiKey",
         B::Target,
         {},
         {},
         {},
         true},
    };
    reported[0].factory = "createOpenAI";
    reported[1].factory = "createAnthropic";
    v.insert(v.end(), reported.begin(), reported.end());
    return v;
  }();
  return specs;
}

std::span<const std::string_view> client_reads_env(const ClientSpec& spec) {
  struct Row {
    std::string_view module_prefix;
    std::vector<std::string_view> env;
  };
  // Longest prefix first where two overlap (langchain_anthropic before langchain).
  static const std::vector<Row> rows = {
      {"langchain_anthropic", {"ANTHROPIC_API_KEY", "ANTHROPIC_API_URL", "ANTHROPIC_BASE_URL"}},
      {"@langchain/anthropic", {"ANTHROPIC_API_KEY"}},
      {"@anthropic-ai/sdk", {"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"}},
      {"@ai-sdk/anthropic", {"ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL"}},
      {"anthropic", {"ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL"}},
      {"litellm", {"OPENAI_API_KEY", "OPENAI_API_BASE", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY"}},
      {"llama_index", {"OPENAI_API_KEY", "OPENAI_API_BASE"}},
      {"langchain", {"OPENAI_API_KEY", "OPENAI_API_BASE", "OPENAI_BASE_URL"}},
      {"@langchain/", {"OPENAI_API_KEY", "OPENAI_BASE_URL"}},
      {"@ai-sdk/openai", {"OPENAI_API_KEY", "OPENAI_BASE_URL"}},
      // The OpenAI / AsyncOpenAI classes exist from openai-python 1.0 and
      // openai-node 4 on; both read OPENAI_BASE_URL (openai-python
      // _client.py, openai-node src/index.ts). OPENAI_API_BASE was 0.x's
      // module-level setting, which these classes never read.
      {"openai", {"OPENAI_API_KEY", "OPENAI_BASE_URL"}},
  };
  // openai-python 0.x's module configuration (module_config.cpp) read
  // OPENAI_API_BASE (0.28 openai/__init__.py: api_base = os.environ.get(...)).
  static const std::vector<std::string_view> legacy_module = {"OPENAI_API_KEY", "OPENAI_API_BASE"};
  if (spec.module == "openai 0.x") return legacy_module;
  const bool anthropic_class = spec.name.find("Anthropic") != std::string_view::npos;
  for (const Row& r : rows) {
    if (!spec.module.starts_with(r.module_prefix)) continue;
    // langchain.chat_models / langchain_community hold both providers' classes.
    if (r.module_prefix == "langchain" && anthropic_class) return rows[0].env;
    return r.env;
  }
  return {};
}

std::span<const ExclusiveArg> client_exclusive_args() {
  // openai-python >= 1.x: provider= (Bedrock-style cloud providers) raises
  // with base_url; workload_identity= raises with api_key; Azure clients pass
  // azure_endpoint= / azure_ad_token_provider= / websocket_base_url= and are
  // not the public endpoint (FIELD-NOTES "SDK arguments that exclude a base
  // URL or a key"). JS: openai-node's AzureOpenAI options.
  static const std::vector<ExclusiveArg> args = {
      {Language::Python, "provider"},
      {Language::Python, "workload_identity"},
      {Language::Python, "websocket_base_url"},
      {Language::Python, "azure_endpoint"},
      {Language::Python, "azure_ad_token_provider"},
      {Language::Python, "azure_deployment"},
      {Language::JavaScript, "provider"},
      {Language::JavaScript, "workloadIdentity"},
      {Language::JavaScript, "websocketBaseURL"},
      {Language::JavaScript, "azureADTokenProvider"},
      {Language::JavaScript, "endpoint"},
      {Language::JavaScript, "deployment"},
  };
  return args;
}

std::span<const BaseUrlSource> base_url_sources() {
  static const std::vector<BaseUrlSource> sources = {
      {"OPENAI_BASE_URL", BaseValue::Target},
      {"OPENAI_API_BASE", BaseValue::Target},
      {"ANTHROPIC_BASE_URL", BaseValue::Root},
  };
  return sources;
}

}  // namespace holymigrate
