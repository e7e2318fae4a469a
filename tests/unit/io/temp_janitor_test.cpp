#include "io/temp_janitor.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "disk_fixture.h"

using namespace holymigrate;
using namespace holymigrate::test;

TEST_CASE(
    "temp names: a registered name is removed by remove_pending_temp_files, a gone one is not") {
  TempDir tmp;
  fs::path held = tmp.path() / ".a.py.holymigrate-tmp-1-0";
  fs::path renamed = tmp.path() / ".b.py.holymigrate-tmp-1-1";
  { PendingTempName was(renamed.native()); }
  write_text(renamed, "x");  // a file of that name made after it was released
  PendingTempName pending(held.native());
  write_text(held, "x");
  remove_pending_temp_files();
  CHECK(!fs::exists(held));
  CHECK(fs::exists(renamed));
}

TEST_CASE("temp names: a 257th name at once waits until one is released") {
  std::vector<std::unique_ptr<PendingTempName>> names;
  for (int i = 0; i < 256; ++i)
    names.push_back(std::make_unique<PendingTempName>("no-such-file-" + std::to_string(i)));
  std::atomic<bool> registered{false};
  std::thread extra([&] {
    PendingTempName one_more("no-such-file-extra");
    registered = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(!registered);
  names.pop_back();
  extra.join();
  CHECK(registered);
}

TEST_CASE("temp names: after a SIGKILL the janitor removes the names still registered") {
  TempDir tmp;
  fs::path held = tmp.path() / ".a.py.holymigrate-tmp-1-0";
  fs::path renamed = tmp.path() / ".b.py.holymigrate-tmp-1-1";
  pid_t run = fork();
  REQUIRE(run >= 0);
  if (run == 0) {  // a writing run, killed between naming and renaming
    start_temp_janitor();
    { PendingTempName was(renamed.native()); }
    write_text(renamed, "x");
    PendingTempName pending(held.native());
    write_text(held, "x");
    raise(SIGKILL);
    _exit(1);
  }
  int status = 0;
  REQUIRE(waitpid(run, &status, 0) == run);
  REQUIRE(WIFSIGNALED(status));
  // The janitor is the killed run's child, not ours: wait for its work.
  for (int i = 0; i < 200 && fs::exists(held); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(!fs::exists(held));
  CHECK(fs::exists(renamed));
}
