#include "git_identity.h"

#include <fmt/format.h>

#include <ctime>
#include <regex>

namespace holymigrate {
namespace {

std::optional<int> zone_minutes(const std::string& sign, const std::string& hh,
                                const std::string& mm) {
  int h = std::stoi(hh), m = std::stoi(mm);
  if (h > 23 || m > 59) return std::nullopt;
  return (sign == "-" ? -1 : 1) * (h * 60 + m);
}

}  // namespace

std::optional<Person> parse_git_date(const std::string& text) {
  // std::regex is enough for two fixed forms read once per run; RE2 would
  // need the same groups spelled out.
  static const std::regex raw(R"(@?(\d{1,12})(?:\s+([+-])(\d\d):?(\d\d))?)");
  static const std::regex iso(
      R"((\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.\d+)?\s*(?:(Z)|([+-])(\d\d):?(\d\d))?)");
  std::smatch m;
  Person p;
  if (std::regex_match(text, m, raw)) {
    p.time = std::stoll(m[1]);
    if (m[2].matched) {
      auto z = zone_minutes(m[2], m[3], m[4]);
      if (!z) return std::nullopt;
      p.offset_minutes = *z;
    }
    return p;
  }
  if (std::regex_match(text, m, iso)) {
    std::tm tm{};
    tm.tm_year = std::stoi(m[1]) - 1900;
    tm.tm_mon = std::stoi(m[2]) - 1;
    tm.tm_mday = std::stoi(m[3]);
    tm.tm_hour = std::stoi(m[4]);
    tm.tm_min = std::stoi(m[5]);
    tm.tm_sec = std::stoi(m[6]);
    if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 ||
        tm.tm_min > 59 || tm.tm_sec > 60)
      return std::nullopt;
    int64_t local = timegm(&tm);
    if (m[8].matched) {
      auto z = zone_minutes(m[8], m[9], m[10]);
      if (!z) return std::nullopt;
      p.offset_minutes = *z;
    }
    p.time = local - int64_t{p.offset_minutes} * 60;
    return p;
  }
  return std::nullopt;
}

Expected<Identity> resolve_identity(const Lookup& env, const Lookup& config, int64_t now) {
  auto nonempty = [](std::optional<std::string> v) {
    return v && !v->empty() ? v : std::nullopt;
  };
  auto name = nonempty(config("user.name"));
  auto email = nonempty(config("user.email"));
  if (!email) email = nonempty(env("EMAIL"));
  Identity id;
  std::string missing;
  for (auto [who, person] : {std::pair{"AUTHOR", &id.author}, {"COMMITTER", &id.committer}}) {
    auto n = nonempty(env(fmt::format("GIT_{}_NAME", who)));
    auto e = nonempty(env(fmt::format("GIT_{}_EMAIL", who)));
    if (!n) n = name;
    if (!e) e = email;
    if (!n && missing.find("user.name") == std::string::npos)
      missing += missing.empty() ? "user.name" : " and user.name";
    if (!e && missing.find("user.email") == std::string::npos)
      missing += missing.empty() ? "user.email" : " and user.email";
    if (n) person->name = *n;
    if (e) person->email = *e;
    person->time = now;
    std::string var = fmt::format("GIT_{}_DATE", who);
    if (auto date = nonempty(env(var))) {
      auto parsed = parse_git_date(*date);
      if (!parsed)
        return Expected<Identity>::failure(fmt::format(
            "{}: \"{}\" is not a date holymigrate can read; use ISO 8601 "
            "(2024-01-01T00:00:00Z) or \"@<seconds> +0000\", or unset it",
            var, *date));
      person->time = parsed->time;
      person->offset_minutes = parsed->offset_minutes;
    }
  }
  if (!missing.empty()) {
    std::string how;
    if (missing.find("user.name") != std::string::npos)
      how += "`git config --global user.name \"Your Name\"`";
    if (missing.find("user.email") != std::string::npos)
      how += fmt::format("{}`git config --global user.email you@example.com`",
                         how.empty() ? "" : " and ");
    return Expected<Identity>::failure(fmt::format(
        "--commit: no git identity: {} {} not set; run {}, then run again", missing,
        missing.find(" and ") == std::string::npos ? "is" : "are", how));
  }
  return id;
}

}  // namespace holymigrate
