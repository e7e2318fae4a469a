// Pass 1 -> plan -> pass 2 on values, no disk: engine/scan.h, plan/plan.h,
// migrate/migrate_file.h called directly.
#include "migrate/migrate_file.h"

#include <doctest/doctest.h>

#include <string>

#include "engine/scan.h"
#include "plan/plan.h"
#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::builtin_rules;

namespace {

FileScan scanned(const std::string& text, const std::string& path, size_t index = 0) {
  FileRef ref;
  ref.display = path;
  FileScan s = scan(text, ref, builtin_rules());
  s.index = index;
  return s;
}

const std::string kPython =
    "import os\n"
    "url = \"https://api.openai.com/v1\"\n"
    "key = os.environ[\"OPENAI_API_KEY\"]\n";

}  // namespace

TEST_CASE("scan keeps positions and facts, and no bytes") {
  FileScan s = scanned(kPython, "app.py");
  REQUIRE(s.edits.size() == 2);
  CHECK(s.edits[0].begin.line == 2);
  CHECK(s.edits[1].begin.line == 3);
  CHECK(s.edits[1].begin.column == 19);
  REQUIRE(s.facts.env.size() == 1);
  CHECK(s.facts.env[0].name == "OPENAI_API_KEY");
  CHECK(s.facts.env[0].renamed == "HOLYSHEEP_API_KEY");
  CHECK(s.facts.env[0].edit == 1);
  CHECK(s.facts.env[0].at.line == 3);
  CHECK_FALSE(s.facts.env[0].provides);
  CHECK(scanned("nothing here\n", "a.txt").empty());
}

TEST_CASE("scan tells how an env name is used (docs/behaviour.md §4.6)") {
  struct Row {
    const char* path;
    const char* text;
    EnvAccess how;
    bool provides;
  };
  const Row rows[] = {
      {".env.local", "OPENAI_API_KEY=x\n", EnvAccess::EnvFile, true},
      {".github/workflows/ci.yml", "k: ${{ secrets.OPENAI_API_KEY }}\n", EnvAccess::SecretStore,
       false},
      {"a.py", "os.environ[\"OPENAI_API_KEY\"]\n", EnvAccess::Code, false},
      {"README.md", "Set OPENAI_API_KEY.\n", EnvAccess::Unknown, false},
      {"k8s/d.yaml", "env:\n  - name: OPENAI_API_KEY\n    value: x\n", EnvAccess::ContainerEnv,
       true},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    FileScan s = scanned(r.text, r.path);
    REQUIRE(s.facts.env.size() == 1);
    CHECK(s.facts.env[0].how == r.how);
    CHECK(s.facts.env[0].provides == r.provides);
  }
}

TEST_CASE("plan keeps everything as scanned, and migrate_file applies it") {
  std::vector<FileScan> scans;
  scans.push_back(scanned(kPython, "app.py", 3));
  Plan p = plan(scans, PlanOptions{});
  CHECK(p.keeps_edits(scans[0]));
  MigrateOptions m;
  m.diff = true;
  m.patch = true;
  FileOutcome out = migrate_file(kPython, scans[0], p, builtin_rules(), m, "app.py");
  CHECK(out.after ==
        "import os\n"
        "url = \"https://api.holysheep.ai/v1\"\n"
        "key = os.environ[\"HOLYSHEEP_API_KEY\"]\n");
  REQUIRE(out.report.edits.size() == 2);
  CHECK(out.report.edits[1].before == "OPENAI_API_KEY");
  CHECK(out.report.edits[1].begin.line == 3);
  CHECK(out.report.path == "app.py");
  CHECK(out.report.diff.find("+url = \"https://api.holysheep.ai/v1\"") != std::string::npos);
  CHECK(out.report.patch.find("diff --git a/app.py b/app.py") == 0);
  CHECK_FALSE(out.report.actions.empty());
}

TEST_CASE("a plan that drops an edit: migrate_file leaves its bytes alone") {
  std::vector<FileScan> scans{scanned(kPython, "app.py", 0)};
  Plan p = plan(scans, PlanOptions{});
  p.drop_edit(0, 1);  // "do not rename OPENAI_API_KEY here"
  CHECK(p.keeps_edits(scans[0]));
  FileOutcome out = migrate_file(kPython, scans[0], p, builtin_rules(), MigrateOptions{}, "app.py");
  CHECK(out.after.find("os.environ[\"OPENAI_API_KEY\"]") != std::string::npos);
  CHECK(out.after.find("api.holysheep.ai") != std::string::npos);
  CHECK(out.report.edits.size() == 1);
  CHECK(out.report.diff.empty());  // not asked for

  p.drop_edit(0, 0);
  CHECK_FALSE(p.keeps_edits(scans[0]));
  // Nothing kept: pass 2 does not read the file, and gets no bytes.
  FileOutcome none = migrate_file({}, scans[0], p, builtin_rules(), MigrateOptions{}, "app.py");
  CHECK(none.report.edits.empty());
  CHECK(none.after.empty());
  CHECK(none.report.actions.empty());
}

TEST_CASE("a plan that changes, drops and adds findings and action items") {
  const std::string text = "k = OpenAI(api_key=\"sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG\")\n";
  std::vector<FileScan> scans{scanned(text, "k.py", 7)};
  REQUIRE(scans[0].findings.size() == 1);
  CHECK(scans[0].findings[0].snippet.starts_with("sk-"));
  Plan p = plan(scans, PlanOptions{});

  p.set_severity(7, 0, Severity::Info);
  ScanFinding added = scans[0].findings[0];
  added.finding.rule = "external-env";
  added.finding.severity = Severity::Warning;
  added.finding.message = "read by a program outside the tree";
  added.finding.begin = 0;
  added.begin = {1, 1, 1};
  p.add_finding(7, added);
  p.add_action(7, {"set K somewhere", "k.py"});
  FileOutcome out = migrate_file({}, scans[0], p, builtin_rules(), MigrateOptions{}, "k.py");
  REQUIRE(out.report.findings.size() == 2);
  CHECK(out.report.findings[0].rule == "external-env");  // by offset
  CHECK(out.report.findings[1].severity == Severity::Info);
  CHECK(out.report.findings[1].snippet.find("Zq8vN3kLm2Tx7RbW9") == std::string::npos);  // redacted
  REQUIRE(out.report.actions.size() == 1);
  CHECK(out.report.actions[0].text == "set K somewhere");

  p.drop_finding(7, 0);
  FileOutcome fewer = migrate_file({}, scans[0], p, builtin_rules(), MigrateOptions{}, "k.py");
  REQUIRE(fewer.report.findings.size() == 1);
  CHECK(fewer.report.findings[0].rule == "external-env");
  // Another file's plan is untouched.
  CHECK(p.file(8).dropped_findings.empty());
}
