// The progress line's text, and that it stays off where it must (issue 6).
#include "report/progress.h"

#include <doctest/doctest.h>

#include <cstdio>

using namespace holymigrate;

TEST_CASE("progress: the line's text") {
  CHECK(progress_text(0, 0, 0) == "holymigrate: 0/0 files, 0 edits");
  CHECK(progress_text(120, 4031, 1) == "holymigrate: 120/4031 files, 1 edit");
}

TEST_CASE("progress: off for a file, and an Off progress prints nothing") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f);
  CHECK(progress_wanted(f, false) == ProgressLine::Off);
  {
    Progress p(f, ProgressLine::Off);
    p.set_total(3);
    p.file_done(2);
    p.interrupt();
    p.finish();
  }
  CHECK(std::ftell(f) == 0);
  std::fclose(f);
}
