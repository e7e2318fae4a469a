// docs/behaviour.md §3: every example and near-miss, as { before, after } rows.
#include <doctest/doctest.h>

#include "rule_fixture.h"

using holymigrate::testing::finding_rules;
using holymigrate::testing::migrate;

namespace {
struct Row {
  const char* before;
  const char* after;
};
}  // namespace

TEST_CASE("endpoint: base URLs become the target, keeping the rest (§3.1)") {
  const Row rows[] = {
      {"https://api.openai.com/v1/chat/completions",
       "https://api.holysheep.ai/v1/chat/completions"},
      {"\"https://api.openai.com/v1\"", "\"https://api.holysheep.ai/v1\""},
      {"'https://api.openai.com/v1/'", "'https://api.holysheep.ai/v1/'"},
      {"https://api.openai.com/v1?x=1", "https://api.holysheep.ai/v1?x=1"},
      {"https://api.openai.com/v1#frag", "https://api.holysheep.ai/v1#frag"},
      {"(https://api.openai.com/v1)", "(https://api.holysheep.ai/v1)"},
      {"`${base}` = `https://api.openai.com/v1/models`",
       "`${base}` = `https://api.holysheep.ai/v1/models`"},
      {"https://api.anthropic.com/v1/messages", "https://api.holysheep.ai/v1/messages"},
      {"https://api.openai.com:443/v1/files", "https://api.holysheep.ai/v1/files"},
      {"a https://api.openai.com/v1 b https://api.anthropic.com/v1",
       "a https://api.holysheep.ai/v1 b https://api.holysheep.ai/v1"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}

TEST_CASE("endpoint: a bare origin or another path keeps its meaning (§3.2)") {
  const Row rows[] = {
      {"\"https://api.openai.com\"", "\"https://api.holysheep.ai\""},
      {"https://api.openai.com/", "https://api.holysheep.ai/"},
      {"https://api.anthropic.com", "https://api.holysheep.ai"},
      {"https://api.openai.com/v2/x", "https://api.holysheep.ai/v2/x"},
      {"https://api.openai.com/v1beta", "https://api.holysheep.ai/v1beta"},
      {"https://api.openai.com/v10/x", "https://api.holysheep.ai/v10/x"},
      {"https://api.openai.com/dashboard", "https://api.holysheep.ai/dashboard"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}

TEST_CASE("endpoint: schemes and case (§3.3, §3.8)") {
  const Row rows[] = {
      {"http://api.openai.com/v1", "https://api.holysheep.ai/v1"},
      {"HTTPS://API.OpenAI.com/v1/chat", "https://api.holysheep.ai/v1/chat"},
      {"wss://api.openai.com/v1/realtime?model=m", "wss://api.holysheep.ai/v1/realtime?model=m"},
      {"ws://api.openai.com/v1/realtime", "wss://api.holysheep.ai/v1/realtime"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
  CHECK(finding_rules("u = \"wss://api.openai.com/v1/realtime\"") == "websocket-endpoint");
}

TEST_CASE("endpoint: look-alike hosts are not sources (§3.4)") {
  const char* unchanged[] = {
      "https://api.openai.com.evil.io/v1",
      "https://api.openai.company/v1",
      "https://xapi.openai.com/v1",
      "https://eu.api.openai.com/v1",
      "https://mtls.api.openai.com/v1",
      "us.api.openai.com",
      "api\\.openai\\.com",
      "re.compile(r'https://api\\.openai\\.com/v1')",
      "https://api.openai.com.@attacker.invalid/v1",
      "https://api.openai.com@attacker.invalid/v1",
      "https://api-openai.com/v1",
  };
  for (const char* text : unchanged) {
    CAPTURE(text);
    CHECK(migrate(text) == text);
  }
}

TEST_CASE("endpoint: bare hosts (§3.5)") {
  const Row rows[] = {
      {"OPENAI_API_HOST=api.openai.com", "OPENAI_API_HOST=api.holysheep.ai"},
      {"NO_PROXY=localhost,api.openai.com,api.anthropic.com",
       "NO_PROXY=localhost,api.holysheep.ai,api.holysheep.ai"},
      {"proxy_set_header Host api.openai.com;", "proxy_set_header Host api.holysheep.ai;"},
      {"API.OPENAI.COM:443", "api.holysheep.ai:443"},
      {"see api.openai.com.", "see api.holysheep.ai."},
      {"support@api.openai.com", "support@api.openai.com"},
      {"https:\\/\\/api.openai.com\\/v1", "https:\\/\\/api.holysheep.ai\\/v1"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.before);
    CHECK(migrate(r.before) == r.after);
  }
}

TEST_CASE("endpoint: Azure hosts are reported, not rewritten (§3.7)") {
  const char* text = "AZURE = \"https://my-res.openai.azure.com/\"";
  CHECK(migrate(text) == text);
  CHECK(finding_rules(text) == "azure-endpoint");
}

TEST_CASE("endpoint: migrating twice changes nothing (§6)") {
  const char* texts[] = {"https://api.openai.com/v1/x https://api.anthropic.com api.openai.com",
                         "wss://api.openai.com/v1/realtime"};
  for (const char* text : texts) {
    std::string once = migrate(text);
    CHECK(migrate(once) == once);
  }
}
