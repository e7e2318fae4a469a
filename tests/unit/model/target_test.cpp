// Target options (docs/behaviour.md §1, §8): validation and derived values.
#include "model/target.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("root(T) drops a trailing /v1, and host keeps the port") {
  Target t;
  CHECK(t.root() == "https://api.holysheep.ai");
  t.url = "http://llm.corp:8080/openai/v1";
  CHECK(t.root() == "http://llm.corp:8080/openai");
  CHECK(t.host() == "llm.corp:8080");
}

TEST_CASE("a target URL must be an absolute http(s) URL") {
  struct Row {
    const char* url;
    const char* error;  // "" when valid
  };
  const Row rows[] = {
      {"https://api.holysheep.ai/v1", ""},
      {"http://localhost:8000/v1", ""},
      {"HTTPS://Proxy.Corp/v1", ""},
      {"https://10.0.0.1", ""},
      {"ftp://x/v1",
       "\"ftp://x/v1\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)"},
      {"api.holysheep.ai/v1",
       "\"api.holysheep.ai/v1\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)"},
      {"https:///v1",
       "\"https:///v1\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)"},
      {"https://a b/v1",
       "\"https://a b/v1\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)"},
      {"https://x/v1?q=1",
       "\"https://x/v1?q=1\" is a base URL and cannot hold a query or fragment"},
      {"", "\"\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.url);
    Status s = check_target_url(r.url);
    CHECK(s.ok() == (*r.error == 0));
    if (!s.ok()) CHECK(s.error() == r.error);
  }
}

TEST_CASE("a trailing slash on the target is dropped") {
  CHECK(normalize_target_url("https://x/v1/") == "https://x/v1");
  CHECK(normalize_target_url("https://x/") == "https://x");
  CHECK(normalize_target_url("https://x/v1") == "https://x/v1");
}

TEST_CASE("variable names must be identifiers") {
  CHECK(check_env_name("HOLYSHEEP_API_KEY").ok());
  CHECK(check_env_name("_x9").ok());
  CHECK(check_env_name("9X").error() == "\"9X\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
  CHECK(check_env_name("MY-KEY").error() ==
        "\"MY-KEY\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
  CHECK(!check_env_name("").ok());
}
