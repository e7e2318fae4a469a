// The whole pipeline (run/pipeline.h) on an in-memory tree: what a dry run,
// --write and --commit read and write, with no disk (io/fake_workspace.h).
#include "run/pipeline.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "io/fake_workspace.h"
#include "rule_fixture.h"

using namespace holymigrate;
using holymigrate::testing::builtin_rules;

namespace {

const std::string kBefore = "url = \"https://api.openai.com/v1\"\n";
const std::string kAfter = "url = \"https://api.holysheep.ai/v1\"\n";

void tree(FakeWorkspace& ws) {
  ws.put("a.py", kBefore);
  ws.put("b.txt", "nothing to see\n");
  ws.put("c.py", kBefore);
}

// Writes come from worker threads, in any order.
std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

PipelineOptions in(Mode mode) {
  PipelineOptions o;
  o.mode = mode;
  o.threads = 2;
  return o;
}

}  // namespace

TEST_CASE("pipeline: a dry run reads every file and writes none") {
  FakeWorkspace ws;
  tree(ws);
  std::vector<std::string> sunk;
  Report r = build_report(ws, in(Mode::DryRun), builtin_rules(), true,
                          [&](FileReport& f) { sunk.push_back(f.path); });
  CHECK(ws.writes().empty());
  CHECK(r.summary.files_read == 3);
  CHECK(r.summary.files_changed == 2);
  CHECK(sunk == std::vector<std::string>{"a.py", "c.py"});  // path order
  REQUIRE(r.files.size() == 2);
  CHECK(r.files[0].diff.find("+url = \"https://api.holysheep.ai/v1\"") != std::string::npos);
  CHECK(ws.get("a.py") == kBefore);
}

TEST_CASE("pipeline: --write writes exactly the edited files") {
  FakeWorkspace ws;
  tree(ws);
  Report r = build_report(ws, in(Mode::Write), builtin_rules(), false);
  CHECK(r.errors.empty());
  CHECK(sorted(ws.writes()) == std::vector<std::string>{"a.py", "c.py"});
  CHECK(ws.get("a.py") == kAfter);
  CHECK(ws.get("b.txt") == "nothing to see\n");
  CHECK(r.files[0].diff.empty());  // no printer asked for it
}

TEST_CASE("pipeline: a file changed between read and write is refused, the others written") {
  FakeWorkspace ws;
  tree(ws);
  ws.before_write([&](const std::string& path) {
    if (path == "a.py") ws.touch("a.py");
  });
  Report r = build_report(ws, in(Mode::Write), builtin_rules(), false);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "a.py: changed on disk since it was read; not written — run again");
  CHECK(ws.get("a.py") == kBefore + "\n");  // the other writer's byte kept
  CHECK(ws.get("c.py") == kAfter);
}

TEST_CASE("pipeline: a file changed between pass 1 and pass 2 is not migrated") {
  FakeWorkspace ws;
  tree(ws);
  ws.before_read([&](const std::string& path, int n) {
    if (path == "c.py" && n == 2) ws.touch("c.py");
  });
  Report r = build_report(ws, in(Mode::Write), builtin_rules(), false);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "c.py: changed on disk since it was read; not migrated — run again");
  CHECK(sorted(ws.writes()) == std::vector<std::string>{"a.py"});
  CHECK(ws.get("c.py") == kBefore + "\n");
}

TEST_CASE(
    "pipeline: --write flushes the folders once, after the last write, and reports a failure") {
  // The disk's sync_written() flushes the folders written in (io/atomic_file.h).
  struct Syncing : FakeWorkspace {
    std::vector<size_t> writes_at_sync;  // writes done at each call
    std::vector<std::string> sync_written() override {
      writes_at_sync.push_back(writes().size());
      return {"sub: 1 file written in this folder, but the folder could not be flushed"};
    }
  };
  Syncing ws;
  tree(ws);
  Report r = build_report(ws, in(Mode::Write), builtin_rules(), false);
  CHECK(ws.writes_at_sync == std::vector<size_t>{2});
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "sub: 1 file written in this folder, but the folder could not be flushed");
  CHECK(exit_code(r) == 2);
  CHECK(r.summary.files_changed == 2);  // written: only their durability is in doubt
}

TEST_CASE("pipeline: --commit stages through a StagedWorkspace and writes nothing until flushed") {
  FakeWorkspace ws;
  tree(ws);
  StagedWorkspace staged(ws);
  Report r = build_report(staged, in(Mode::Commit), builtin_rules(), false);
  CHECK(r.errors.empty());
  CHECK(ws.writes().empty());
  REQUIRE(staged.staged().size() == 2);
  CHECK(staged.staged()[0].file.display == "a.py");
  CHECK(staged.flush(0));
  CHECK(staged.flush(1));
  CHECK(sorted(ws.writes()) == std::vector<std::string>{"a.py", "c.py"});
  CHECK(ws.get("a.py") == kAfter);
}

TEST_CASE("pipeline: the run's own files (patch, report, baseline, config) are never read") {
  FakeWorkspace ws;
  tree(ws);
  PipelineOptions o = in(Mode::Write);
  o.never_input = {"c.py", "missing.json"};
  Report r = build_report(ws, o, builtin_rules(), false);
  CHECK(r.summary.files_read == 2);
  CHECK(ws.writes() == std::vector<std::string>{"a.py"});
  CHECK(ws.get("c.py") == kBefore);
}

TEST_CASE("pipeline: a leftover temporary file is never read, and --write removes it") {
  const std::string temp = ".a.py.holymigrate-tmp-999999999-1";
  for (Mode mode : {Mode::DryRun, Mode::Write}) {
    CAPTURE(static_cast<int>(mode));
    FakeWorkspace ws;
    tree(ws);
    ws.put(temp, kBefore);
    Report r = build_report(ws, in(mode), builtin_rules(), false);
    CHECK(r.summary.files_read == 3);
    REQUIRE(r.warnings.size() == 1);
    if (mode == Mode::Write) {
      CHECK(r.warnings[0] == temp + ": removed a temporary file left by an interrupted run");
      CHECK(!ws.get(temp));
    } else {
      CHECK(r.warnings[0] ==
            temp + ": temporary file left by an interrupted run; --write removes it");
      CHECK(ws.get(temp) == kBefore);
    }
  }
}

TEST_CASE("pipeline: pass 2 holds one large file at a time, from before it is read") {
  // Two files over 1 MiB with edits, two workers: the second large file is
  // not read while the first is being migrated (its read waits for the
  // first's write), so peak memory is one large file, not one per worker.
  FakeWorkspace ws;
  std::string big = kBefore + std::string(1 << 21, '#') + "\n";
  ws.put("big1.py", big);
  ws.put("big2.py", big);
  std::mutex m;
  int held = 0, most = 0;
  ws.before_read([&](const std::string&, int n) {
    if (n != 2) return;  // pass 2 read
    {
      std::lock_guard lock(m);
      most = std::max(most, ++held);
    }
    // Time for the other worker to reach its read, if nothing stops it.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  });
  ws.before_write([&](const std::string&) {
    std::lock_guard lock(m);
    --held;
  });
  Report r = build_report(ws, in(Mode::Write), builtin_rules(), false, {});
  CHECK(r.errors.empty());
  CHECK(sorted(ws.writes()) == std::vector<std::string>{"big1.py", "big2.py"});
  CHECK(most == 1);
}
