// Clients in Go, Java/Kotlin, C#, Rust, Ruby and PHP (docs/behaviour.md
// §5.2): what is a client, what each fixer writes, and that a second pass
// changes nothing. The e2e cases client-*-fixed check the written files
// with each language's own checker.
#include <doctest/doctest.h>

#include <string>

#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::builtin_rules;

namespace {

struct Row {
  const char* path;
  const char* before;
  const char* after;  // nullptr: unchanged
};

std::string migrate(const std::string& text, const std::string& path) {
  return apply_edits(text, builtin_rules().scan(text, path).edits);
}

size_t client_findings(const std::string& text, const std::string& path) {
  size_t n = 0;
  for (const Finding& f : builtin_rules().scan(text, path).findings)
    n += f.rule == "implicit-client";
  return n;
}

}  // namespace

TEST_CASE("other-language clients: fixes and non-clients (§5.2)") {
  const Row rows[] = {
      // Not clients: another library's Client, a type name, a method value.
      {"m.rs", "use async_openai::Client;\nfn f() { let h = reqwest::Client::new(); }\n", nullptr},
      {"m.rs", "use reqwest::Client;\nuse async_openai::types::Role;\nfn f() { Client::new(); }\n",
       nullptr},
      {"M.cs", "using OpenAI.Chat;\nclass A { ChatClient Make() => null; ChatClient c; }\n",
       nullptr},
      {"m.go", "package m\n\nimport \"github.com/openai/openai-go\"\n\nvar f = openai.NewClient\n",
       nullptr},
      {"a.rb", "describe OpenAI::Client do\nend\n", nullptr},
      // betalgo/openai: a parameter type, Azure options, a BaseDomain of its own.
      {"B.cs", "using OpenAI.GPT3;\nvoid F(OpenAiOptions o) { }\n", nullptr},
      {"B.cs",
       "using Betalgo.Ranul.OpenAI;\nvar o = new OpenAIOptions { ProviderType = "
       "ProviderType.Azure, ResourceName = r };\n",
       nullptr},
      {"B.cs", "using Betalgo.Ranul.OpenAI;\ns.AddOpenAIService(o => o.BaseDomain = u);\n",
       nullptr},
      {"B.cs", "using Betalgo.Ranul.OpenAI;\nvar o = new OpenAIOptions { ApiKey = k };\n",
       "using Betalgo.Ranul.OpenAI;\nvar o = new OpenAIOptions { BaseDomain = "
       "\"https://api.holysheep.ai/\", ApiKey = k };\n"},
      {"B.cs",
       "using Betalgo.Ranul.OpenAI;\r\ns.AddOpenAIService(o =>\r\n{\r\n    o.ApiKey = "
       "k;\r\n});\r\n",
       "using Betalgo.Ranul.OpenAI;\r\ns.AddOpenAIService(o =>\r\n{\r\n    o.ApiKey = k;\r\n    "
       "o.BaseDomain = \"https://api.holysheep.ai/\";\r\n});\r\n"},
      {"a.php", "<?php\n$c = $x->OpenAI::client($k);\n", nullptr},
      // Explicit already.
      {"a.rb", "c = OpenAI::Client.new(uri_base: u, access_token: k)\n", nullptr},
      {"m.rs", "use async_openai::Client;\nfn f() { OpenAIConfig::new().with_api_base(u); }\n",
       nullptr},
      {"m.rs", "use async_openai::Client;\nfn f() { OpenAIConfig::default().with_api_base(u); }\n",
       nullptr},
      // Fixed: the quote style of the file, CRLF kept.
      {"a.rb", "c = OpenAI::Client.new(access_token: k)\r\nd = 'x'\r\n",
       "c = OpenAI::Client.new(uri_base: ENV.fetch('HOLYSHEEP_BASE_URL', "
       "'https://api.holysheep.ai/'), access_token: k)\r\nd = 'x'\r\n"},
      {"a.php", "<?php\n$c = OpenAI::client($k, $org, $project);\n",
       "<?php\n$c = "
       "OpenAI::factory()->withApiKey($k)->withOrganization($org)->withProject($project)"
       "->withBaseUri(getenv('HOLYSHEEP_BASE_URL') ?: 'https://api.holysheep.ai/v1')->make();\n"},
      {"A.kt", "val c = AnthropicOkHttpClient.fromEnv()\n",
       "val c = AnthropicOkHttpClient.builder().fromEnv().baseUrl("
       "System.getenv(\"HOLYSHEEP_ANTHROPIC_BASE_URL\") ?: \"https://api.holysheep.ai\")"
       ".apiKey(System.getenv(\"HOLYSHEEP_API_KEY\")).build()\n"},
      {"M.cs",
       "using System;\nusing System.ClientModel;\nusing OpenAI;\nvar c = new OpenAIClient(cred);\n"
       "ApiKeyCredential cred = new(\"k\");\n",
       "using System;\nusing System.ClientModel;\nusing OpenAI;\nvar c = new OpenAIClient(cred, "
       "new "
       "OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("
       "\"HOLYSHEEP_BASE_URL\") ?? \"https://api.holysheep.ai/v1\") });\nApiKeyCredential cred = "
       "new(\"k\");\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CAPTURE(r.before);
    std::string after = migrate(r.before, r.path);
    CHECK(after == (r.after ? r.after : r.before));
    CHECK(migrate(after, r.path) == after);  // idempotent
    if (!r.after) CHECK(client_findings(r.before, r.path) == 0);
  }
}

TEST_CASE("other-language clients: findings when a call cannot be edited (§5.2)") {
  const Row rows[] = {
      {"m.go",
       "package m\n\nimport \"github.com/openai/openai-go\"\n\nvar c = openai.NewClient(o...)\n",
       nullptr},
      {"m.go",
       "package m\n\nimport openai \"github.com/sashabaranov/go-openai\"\n\nvar c = "
       "openai.NewClient(a, b)\n",
       nullptr},
      {"a.rb", "c = OpenAI::Client.new(**opts)\n", nullptr},
      {"a.rb", "c = OpenAI::Client.new(settings)\n", nullptr},
      {"M.cs", "using OpenAI;\nOpenAIClient c = new(key, options);\n", nullptr},
      {"a.php", "<?php\n$c = OpenAI::client(apiKey: $k);\n", nullptr},
      {"A.java", "class A { Supplier<OpenAIClient> s = OpenAIOkHttpClient::fromEnv; }\n", nullptr},
      {"m.rs",
       "use async_openai::Client;\nfn f() { let c: Client<OpenAIConfig> = Client::default(); }\n",
       nullptr},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before, r.path) == r.before);
    CHECK(client_findings(r.before, r.path) == 1);
  }
}
