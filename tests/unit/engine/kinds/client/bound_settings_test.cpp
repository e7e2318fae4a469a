// docs/behaviour.md §5.2: the values appsettings*.json gives betalgo's
// "OpenAIServiceOptions" section, which AddOpenAIService binds before the
// code's setup action.
#include "engine/kinds/client/bound_settings.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace holymigrate;

TEST_CASE("bound_settings: betalgo's OpenAIServiceOptions BaseDomain in appsettings*.json") {
  const std::string section =
      R"({ "OpenAIServiceOptions": { "ApiKey": "", "BaseDomain": "https://p.example/" } })";
  struct Row {
    const char* what;
    const char* path;
    std::string text;
    size_t found;
    bool base_file;
  };
  const std::vector<Row> rows = {
      {"the base file", "web/appsettings.json", section, 1, true},
      {"an environment's file", "appsettings.Development.json", section, 1, false},
      {"another JSON file", "web/config.json", section, 0, false},
      {"no BaseDomain", "appsettings.json", R"({ "OpenAIServiceOptions": { "ApiKey": "" } })", 0,
       false},
      {"BaseDomain of another section", "appsettings.json",
       R"({ "Other": { "BaseDomain": "https://p.example/" } })", 0, false},
      {"a comment (not YAML): nothing", "appsettings.json", "// c\n" + section, 0, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.what);
    std::vector<BoundSetting> got = bound_settings(r.path, r.text);
    REQUIRE(got.size() == r.found);
    if (got.empty()) continue;
    CHECK(got[0].section == "OpenAIServiceOptions");
    CHECK(got[0].key == "BaseDomain");
    CHECK(got[0].value == "https://p.example/");
    CHECK(got[0].base_file == r.base_file);
    CHECK(r.text.substr(got[0].begin, got[0].end - got[0].begin) == "\"https://p.example/\"");
  }
}
