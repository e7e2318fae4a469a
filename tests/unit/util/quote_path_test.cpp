#include "util/quote_path.h"

#include <doctest/doctest.h>

#include <string>

using holymigrate::printable_line;
using holymigrate::quote_path;

TEST_CASE("quote_path: plain names as is, others quoted like git") {
  struct Row {
    std::string in, out;
  } rows[] = {
      {"src/app.py", "src/app.py"},
      {"with space.py", "with space.py"},
      {"-dash.py", "-dash.py"},
      {"caf\xc3\xa9.py", "caf\xc3\xa9.py"},  // valid UTF-8 stays readable
      {"new\nline.py", "\"new\\nline.py\""},
      {"tab\t.py", "\"tab\\t.py\""},
      {"quo\"te.py", "\"quo\\\"te.py\""},
      {"back\\slash.py", "\"back\\\\slash.py\""},
      {"bad\xff.py", "\"bad\\377.py\""},
      {"esc\x1b[31m.py", "\"esc\\033[31m.py\""},
      {"trunc\xc3", "\"trunc\\303\""},
      {"caf\xc3\xa9\n", "\"caf\xc3\xa9\\n\""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.in);
    CHECK(quote_path(r.in) == r.out);
  }
}

TEST_CASE("printable_line: control bytes and non-UTF-8 as \\xNN") {
  CHECK(printable_line("a.py: cannot write") == "a.py: cannot write");
  CHECK(printable_line("new\nline.py: x") == "new\\x0aline.py: x");
  CHECK(printable_line("bad\xff.py") == "bad\\xff.py");
  CHECK(printable_line("esc\x1b[2J") == "esc\\x1b[2J");
  CHECK(printable_line("caf\xc3\xa9 \xe2\x80\x94 ok") == "caf\xc3\xa9 \xe2\x80\x94 ok");
}
