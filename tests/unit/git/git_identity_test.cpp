#include "git/git_identity.h"

#include <doctest/doctest.h>

#include <map>

using namespace holymigrate;

namespace {

Lookup from(std::map<std::string, std::string> m) {
  return [m](const std::string& k) -> std::optional<std::string> {
    auto it = m.find(k);
    if (it == m.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace

TEST_CASE("parse_git_date, table") {
  struct Row {
    const char* text;
    bool ok;
    int64_t time;
    int offset;
  };
  const Row rows[] = {
      {"2024-01-01T00:00:00Z", true, 1704067200, 0},
      {"2024-01-01T00:00:00", true, 1704067200, 0},
      {"2024-01-01 02:00:00 +02:00", true, 1704067200, 120},
      {"2024-01-01T00:00:00-0130", true, 1704067200 + 90 * 60, -90},
      {"@1704067200 +0000", true, 1704067200, 0},
      {"1704067200 -0500", true, 1704067200, -300},
      {"@1704067200", true, 1704067200, 0},
      {"yesterday", false, 0, 0},
      {"2024-13-01T00:00:00Z", false, 0, 0},
      {"1704067200 +2500", false, 0, 0},
      {"", false, 0, 0},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    auto p = parse_git_date(r.text);
    REQUIRE(p.has_value() == r.ok);
    if (!r.ok) continue;
    CHECK(p->time == r.time);
    CHECK(p->offset_minutes == r.offset);
  }
}

TEST_CASE("resolve_identity: configuration, then variables win") {
  auto config = from({{"user.name", "Ada"}, {"user.email", "ada@example.invalid"}});
  auto id = resolve_identity(from({}), config, 42);
  REQUIRE(id.ok());
  CHECK(id->author.name == "Ada");
  CHECK(id->committer.email == "ada@example.invalid");
  CHECK(id->author.time == 42);

  id = resolve_identity(from({{"GIT_AUTHOR_NAME", "Bot"},
                              {"GIT_COMMITTER_EMAIL", "ci@example.invalid"},
                              {"GIT_COMMITTER_DATE", "@100 +0100"}}),
                        config, 42);
  REQUIRE(id.ok());
  CHECK(id->author.name == "Bot");
  CHECK(id->author.email == "ada@example.invalid");
  CHECK(id->committer.name == "Ada");
  CHECK(id->committer.email == "ci@example.invalid");
  CHECK(id->committer.time == 100);
  CHECK(id->committer.offset_minutes == 60);
  CHECK(id->author.time == 42);
}

TEST_CASE("resolve_identity: errors name what to set") {
  auto none = resolve_identity(from({}), from({}), 0);
  REQUIRE(!none.ok());
  CHECK(none.error() ==
        "--commit: no git identity: user.name and user.email are not set; run "
        "`git config --global user.name \"Your Name\"` and "
        "`git config --global user.email you@example.com`, then run again");

  auto no_email = resolve_identity(from({}), from({{"user.name", "Ada"}}), 0);
  REQUIRE(!no_email.ok());
  CHECK(no_email.error() ==
        "--commit: no git identity: user.email is not set; run "
        "`git config --global user.email you@example.com`, then run again");

  // $EMAIL is git's last resort for the e-mail.
  CHECK(resolve_identity(from({{"EMAIL", "a@b.invalid"}}), from({{"user.name", "Ada"}}), 0).ok());

  auto bad_date = resolve_identity(from({{"GIT_AUTHOR_DATE", "soon"}}),
                                   from({{"user.name", "A"}, {"user.email", "a@b"}}), 0);
  REQUIRE(!bad_date.ok());
  CHECK(bad_date.error().starts_with("GIT_AUTHOR_DATE: \"soon\" is not a date"));
}
