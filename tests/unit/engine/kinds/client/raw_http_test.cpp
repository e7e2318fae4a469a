// engine/kinds/client/raw_http.h: URLs of Anthropic's own API in any text.
#include "engine/kinds/client/raw_http.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace holymigrate;

TEST_CASE("anthropic_api_urls: host after //, API paths or headers, case-blind") {
  using Spans = std::vector<std::pair<size_t, size_t>>;
  struct Row {
    std::string text;
    Spans spans;
  };
  const std::string a = "https://api.anthropic.com/v1/messages";
  const Row rows[] = {
      {a, {{0, a.size()}}},
      {"x = \"HTTPS://API.Anthropic.COM/v1/complete\"", {{5, 42}}},
      {"///api.anthropic.com/v1/models", {{1, 30}}},            // the last // before the host
      {"//api.anthropic.com.evil.io/v1/messages", {}},          // a longer host
      {"//api.anthropic.com.evil.io/x anthropic-version", {}},  // even with the headers
      {"api.anthropic.com/v1/messages", {}},                    // no //
      {"https://api.anthropic.com/docs", {}},                   // not an API path
      {"https://api.anthropic.com/docs x-api-key", {{0, 30}}},  // any path with the headers
      {a + " " + a, {{0, a.size()}, {a.size() + 1, 2 * a.size() + 1}}},
      {"wss://api.anthropic.com/v1/messages/batches", {{0, 43}}},
      {"//", {}},
      {"https://api.anthropic.co", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(anthropic_api_urls(r.text) == r.spans);
  }
}
