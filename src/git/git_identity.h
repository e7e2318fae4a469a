// Who a commit is by (docs/behaviour.md §7): author and committer as `git commit` would
// take them — GIT_AUTHOR_NAME/EMAIL/DATE and GIT_COMMITTER_NAME/EMAIL/DATE
// first, then user.name/user.email from the repository's configuration, then
// $EMAIL for the e-mail. libgit2 1.5's git_signature_default() reads only the
// configuration and the clock, so CI jobs that set the variables (and tests
// that pin the dates) would get a different commit than git makes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "util/error.h"

namespace holymigrate {

struct Person {
  std::string name;
  std::string email;
  int64_t time = 0;        // seconds since the epoch
  int offset_minutes = 0;  // from UTC
};

struct Identity {
  Person author;
  Person committer;
};

// A lookup for environment variables and one for configuration keys
// ("user.name"); each returns nullopt when unset. Injected for the tests.
using Lookup = std::function<std::optional<std::string>(const std::string&)>;

// The author and committer, or a one-line error naming what to set
// (`user.name`, `user.email`) or the variable whose date cannot be read.
// `now` is used when no date variable is set.
Expected<Identity> resolve_identity(const Lookup& env, const Lookup& config, int64_t now);

// A date as git's GIT_*_DATE accepts it, in the forms seen in scripts:
// "@1700000000 +0100", "1700000000 +0100", "2024-01-01T00:00:00Z",
// "2024-01-01 10:00:00 +02:00" (no zone: UTC).
std::optional<Person> parse_git_date(const std::string& text);

}  // namespace holymigrate
