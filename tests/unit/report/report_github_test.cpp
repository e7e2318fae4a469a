// docs/behaviour.md §10 --format github: workflow commands, escaped the way the runner
// unescapes them (actions/toolkit's escapeData / escapeProperty).
#include "report/report_github.h"

#include <doctest/doctest.h>

#include "report_fixture.h"

using namespace holymigrate;

TEST_CASE("github: message data escapes %, CR and LF, properties also : and ,") {
  struct Row {
    const char* in;
    const char* data;
    const char* property;
  };
  const Row rows[] = {
      {"plain", "plain", "plain"},
      {"100%", "100%25", "100%25"},
      {"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
      {"a:b,c", "a:b,c", "a%3Ab%2Cc"},
      {"%0A", "%250A", "%250A"},  // an escape sequence in the input stays literal
      {"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(github_escape_data(r.in) == r.data);
    CHECK(github_escape_property(r.in) == r.property);
  }
}

TEST_CASE("github: one command per edit and finding, then a summary notice") {
  Report report = testing::sample_report(Mode::Check);
  std::string out = github_report(report, testing::sample_rules());
  CHECK(out ==
        "::warning file=app/a%2Cb%3Ac.py,line=3,col=9,title=openai-endpoint::"
        "OpenAI endpoint -> HolySheep: https://api.openai.com/v1 -> https://api.holysheep.ai/v1\n"
        "::error file=app/a%2Cb%3Ac.py,line=7,col=5,title=hardcoded-key::"
        "hard-coded API key sk-pro…: 100%25 sure%0Asecond line\n"
        "::warning file=web/ü.js,line=2,col=4,title=azure-endpoint::Azure, really: yes\n"
        "::notice title=holymigrate::3 files read, 1 file to edit, 1 edit, "
        "2 findings (error 1, warning 1), 0 skipped\n");
}

TEST_CASE("github: edits are notices outside --check") {
  Report report = testing::sample_report(Mode::DryRun);
  std::string out = github_report(report, testing::sample_rules());
  CHECK(out.starts_with("::notice file=app/a%2Cb%3Ac.py,line=3,col=9,title=openai-endpoint::"));
}
