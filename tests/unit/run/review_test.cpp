// -i/--interactive (run/review.h): the answers on a scripted terminal, the
// questions the ties make, and what a whole reviewed run writes, on an
// in-memory tree (io/fake_workspace.h).
#include "run/review.h"

#include <doctest/doctest.h>

#include <csignal>
#include <string>
#include <vector>

#include "io/fake_workspace.h"
#include "io/interrupt.h"
#include "rule_fixture.h"
#include "run/pipeline.h"

using namespace holymigrate;
using holymigrate::testing::builtin_rules;

namespace {

// Answers from a list; nullopt (end of input) once it is used up.
class ScriptedTerminal : public Terminal {
 public:
  explicit ScriptedTerminal(std::vector<std::string> answers) : answers_(std::move(answers)) {}
  void say(std::string_view text) override { screen += text; }
  std::optional<std::string> answer() override {
    if (next_ == answers_.size()) return std::nullopt;
    return answers_[next_++];
  }
  std::string screen;
  size_t asked() const { return next_; }

 private:
  std::vector<std::string> answers_;
  size_t next_ = 0;
};

// Four questions: two in file 0, two in file 1.
std::vector<Question> four() {
  std::vector<Question> q(4);
  q[0].edits = {{0, 0}};
  q[1].edits = {{0, 1}};
  q[2].edits = {{1, 0}};
  q[3].edits = {{1, 1}};
  return q;
}

std::string accepted(const std::vector<bool>& v) {
  std::string out;
  for (bool b : v) out += b ? 'y' : 'n';
  return out;
}

}  // namespace

TEST_CASE("review: answers decide which questions are accepted") {
  struct Row {
    std::vector<std::string> answers;
    const char* accepted;  // per question
    size_t asked;          // answers read
  };
  const Row rows[] = {
      {{"y", "n", "y", "n"}, "ynyn", 4},
      {{"Y", " n ", "yes", "no"}, "ynyn", 4},  // case, blanks and whole words
      {{"a", "n", "y"}, "yyny", 3},            // a: the rest of file 0 without asking
      {{"d", "y", "n"}, "nnyn", 3},            // d: the rest of file 0 refused
      {{"n", "a", "y", "n"}, "nyyn", 4},       // a reaches only its own file
      {{"n", "a", "d"}, "nynn", 3},
      {{"y", "q"}, "ynnn", 2},  // q: this and every later one refused
      {{"y"}, "ynnn", 1},       // end of input is q
      {{}, "nnnn", 0},
      {{"?", "y", "", "x", "n", "y", "y"}, "ynyy", 7},  // help, blank and unknown ask again
  };
  for (const Row& row : rows) {
    CAPTURE(row.accepted);
    ScriptedTerminal t(row.answers);
    std::vector<bool> got = ask_questions(
        four(), [](const Question& q) { return "hunk " + std::to_string(q.edits[0].edit) + "\n"; },
        t);
    CHECK(accepted(got) == std::string(row.accepted));
    CHECK(t.asked() == row.asked);
  }
}

TEST_CASE("review: the prompt counts questions and says how many hunks go together") {
  std::vector<Question> q = four();
  q[1].hunks = 3;
  ScriptedTerminal t({"?", "y", "y", "q"});
  ask_questions(
      q, [](const Question&) { return std::string("<diff>\n"); }, t);
  CHECK(t.screen.find("<diff>\n(1/4) Apply this hunk [y,n,a,d,q,?]? y - apply this change\n") == 0);
  CHECK(t.screen.find("(1/4) Apply this hunk [y,n,a,d,q,?]? <diff>") != std::string::npos);
  CHECK(t.screen.find("(2/4) Apply these 3 hunks [y,n,a,d,q,?]? ") != std::string::npos);
  CHECK(t.screen.find("(4/4)") == std::string::npos);  // q ended it at the third
}

namespace {

// A client that reads OPENAI_API_KEY by itself, the .env that provides it,
// and a README with an endpoint URL far from anything else.
void project(FakeWorkspace& ws) {
  ws.put(".env", "OPENAI_API_KEY=sk-test\n");
  ws.put("README.md", "# demo\n\nCalls https://api.openai.com/v1 through the SDK.\n");
  ws.put("app.py", "from openai import OpenAI\n\nclient = OpenAI()\n");
}

Report reviewed(FakeWorkspace& ws, ScriptedTerminal& t, std::vector<Question>* asked = nullptr) {
  PipelineOptions o;
  o.mode = Mode::Write;
  o.threads = 1;
  o.review = [&](const std::vector<FileScan>& scans, Plan& plan) {
    if (asked) *asked = review_questions(scans, plan, builtin_rules());
    review_interactively(ws, 1 << 20, scans, plan, builtin_rules(), t, Colors::Off);
  };
  return build_report(ws, o, builtin_rules(), false);
}

}  // namespace

TEST_CASE("review: a client fix and the rename of the key it reads are one question") {
  FakeWorkspace ws;
  project(ws);
  ScriptedTerminal t({"n", "n"});
  std::vector<Question> q;
  reviewed(ws, t, &q);
  REQUIRE(q.size() == 2);
  CHECK(q[0].hunks == 2);  // .env and app.py
  CHECK(q[0].files == 2);
  CHECK(q[0].variables == std::vector<std::string>{"OPENAI_API_KEY"});
  CHECK(q[0].client);
  CHECK(q[1].hunks == 1);  // README.md alone
  CHECK(q[1].variables.empty());
  CHECK(t.screen.find("2 hunks in 2 files, tied: applied together or not at all") !=
        std::string::npos);
  CHECK(t.screen.find("  OPENAI_API_KEY is renamed everywhere or nowhere\n") != std::string::npos);
  CHECK(t.screen.find("+HOLYSHEEP_API_KEY=sk-test") != std::string::npos);
  CHECK(t.screen.find("0 of 2 changes accepted: nothing is written") != std::string::npos);
  CHECK(ws.writes().empty());
}

TEST_CASE("review: only the accepted questions are written") {
  struct Row {
    std::vector<std::string> answers;
    bool env_and_app;  // the tied pair written
    bool readme;
  };
  const Row rows[] = {
      {{"y", "y"}, true, true}, {{"y", "n"}, true, false}, {{"n", "y"}, false, true},
      {{"q"}, false, false},    {{"a"}, true, false},      {{}, false, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.answers.size());
    FakeWorkspace ws;
    project(ws);
    ScriptedTerminal t(row.answers);
    Report r = reviewed(ws, t);
    CHECK(r.errors.empty());
    CHECK((ws.get(".env") == "HOLYSHEEP_API_KEY=sk-test\n") == row.env_and_app);
    CHECK((ws.get("app.py")->find("HOLYSHEEP_API_KEY") != std::string::npos) == row.env_and_app);
    CHECK((ws.get("app.py")->find("import os\n") == 0) == row.env_and_app);
    CHECK((ws.get("README.md")->find("api.holysheep.ai") != std::string::npos) == row.readme);
    CHECK(r.summary.files_changed == (row.env_and_app ? 2u : 0u) + (row.readme ? 1u : 0u));
  }
}

TEST_CASE("review: Ctrl-C at a question stops the run and nothing is written") {
  class Interrupted : public ScriptedTerminal {
   public:
    Interrupted() : ScriptedTerminal({}) {}
    std::optional<std::string> answer() override {
      request_stop(SIGINT);  // as the handler does; the read then fails
      return std::nullopt;
    }
  };
  FakeWorkspace ws;
  project(ws);
  Interrupted t;
  Report r = reviewed(ws, t);
  request_stop(0);
  CHECK(t.screen.find("stopped: nothing is written") != std::string::npos);
  CHECK(t.screen.find("writing them") == std::string::npos);
  CHECK(ws.writes().empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("stopped by SIGINT") == 0);
}

TEST_CASE("review: a variable read in code and provided elsewhere is one question, prose is not") {
  FakeWorkspace ws;
  ws.put(".env", "OPENAI_API_KEY=sk-test\n");
  ws.put(".github/workflows/ci.yml",
         "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n"
         "      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: make\n");
  ws.put("README.md", "Set OPENAI_API_KEY before you start.\n");
  ws.put("tool.py", "import os\nkey = os.environ[\"OPENAI_API_KEY\"]\n");
  ScriptedTerminal t({"n", "y"});
  std::vector<Question> q;
  reviewed(ws, t, &q);
  REQUIRE(q.size() == 2);
  CHECK(q[0].files == 3);  // .env, the workflow (env and secret name), tool.py
  CHECK(q[0].variables == std::vector<std::string>{"OPENAI_API_KEY"});
  CHECK_FALSE(q[0].client);
  CHECK(q[1].edits.size() == 1);  // README.md alone
  CHECK(ws.get(".env") == "OPENAI_API_KEY=sk-test\n");
  CHECK(ws.get("tool.py")->find("OPENAI_API_KEY") != std::string::npos);
  CHECK(ws.get("README.md") == "Set HOLYSHEEP_API_KEY before you start.\n");
}

TEST_CASE("review: two client fixes in one file are asked apart, each brings the import it needs") {
  const std::string app =
      "from openai import OpenAI\n\n\ndef first(key):\n    return OpenAI(api_key=key)\n"
      "\n\n\n\n\n\n\n\ndef second(key):\n    return OpenAI(api_key=key)\n";
  struct Row {
    std::vector<std::string> answers;
    bool first, second;
  };
  const Row rows[] = {
      {{"y", "y"}, true, true},
      {{"y", "n"}, true, false},
      {{"n", "y"}, false, true},  // the import comes with the second fix alone
      {{"n", "n"}, false, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.first);
    CAPTURE(row.second);
    FakeWorkspace ws;
    ws.put("app.py", app);
    ScriptedTerminal t(row.answers);
    std::vector<Question> q;
    reviewed(ws, t, &q);
    REQUIRE(q.size() == 2);
    CHECK(q[0].helpers.size() == 1);  // the `import os`, shown with each
    CHECK(q[1].helpers == q[0].helpers);
    CHECK(q[0].variables.empty());
    const std::string after = *ws.get("app.py");
    const std::string fixed = "OpenAI(base_url=os.environ.get(\"HOLYSHEEP_BASE_URL\"";
    size_t split = after.find("def second");
    CHECK((after.find(fixed) < split) == row.first);
    CHECK((after.find(fixed, split) != std::string::npos) == row.second);
    CHECK(after.starts_with("import os\n") == (row.first || row.second));
  }
  // The second question's diff shows the import too.
  FakeWorkspace ws;
  ws.put("app.py", app);
  ScriptedTerminal t({"n", "q"});
  reviewed(ws, t);
  size_t second = t.screen.find("(1/2)");
  REQUIRE(second != std::string::npos);
  CHECK(t.screen.find("+import os\n", second) != std::string::npos);
}

TEST_CASE("review: where a fix's call span is not known, a file's client fixes are one question") {
  // Go's fix is two edits (the call's start and its end) and Go clients
  // carry no span: asked apart, one fix could get the other's end.
  FakeWorkspace ws;
  ws.put("main.go",
         "package main\n\nimport openai \"github.com/sashabaranov/go-openai\"\n\n"
         "func a(t string) *openai.Client {\n\treturn openai.NewClient(t)\n}\n\n\n\n\n\n\n\n"
         "func b(t string) *openai.Client {\n\treturn openai.NewClient(t)\n}\n");
  ScriptedTerminal t({"y"});
  std::vector<Question> q;
  reviewed(ws, t, &q);
  REQUIRE(q.size() == 1);
  CHECK(q[0].client_edits_of_file);
  CHECK(q[0].hunks >= 2);
  CHECK(t.screen.find("the client fixes of one file") != std::string::npos);
  const std::string after = *ws.get("main.go");
  size_t first = after.find("NewClientWithConfig");
  REQUIRE(first != std::string::npos);
  CHECK(after.find("NewClientWithConfig", first + 1) != std::string::npos);
}
