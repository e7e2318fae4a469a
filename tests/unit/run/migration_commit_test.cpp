#include "run/migration_commit.h"

#include <doctest/doctest.h>

using namespace holymigrate;

TEST_CASE("commit_message: first line names the target host, body is the summary") {
  Report r;
  r.mode = Mode::Commit;
  r.summary.files_changed = 3;
  r.summary.edits_by_rule = {{"openai-endpoint", 2}, {"openai-api-key-env", 5}};
  r.summary.findings_by_severity = {{"error", 1}, {"warning", 0}};
  r.summary.actions = {"create the repository secret HOLYSHEEP_API_KEY"};
  Options o;
  o.target.url = "https://gw.example.invalid:8443/v1";
  CHECK(commit_message(r, commit_options(o)) ==
        "Migrate LLM endpoints to gw.example.invalid:8443\n"
        "\n"
        "files changed: 3\n"
        "edits: 7\n"
        "  openai-api-key-env: 5\n"
        "  openai-endpoint: 2\n"
        "findings: 1 (error 1)\n"
        "\n"
        "Action items:\n"
        "- create the repository secret HOLYSHEEP_API_KEY\n"
        "\n"
        "Made by holymigrate.\n");
}

TEST_CASE("commit_message: -m replaces the first line only") {
  Report r;
  Options o;
  o.commit_message = "chore: HolySheep\n";
  CHECK(commit_message(r, commit_options(o)) ==
        "chore: HolySheep\n\nfiles changed: 0\nedits: 0\nfindings: 0\n\nMade by holymigrate.\n");
}
