#include "git/git_identity.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <ctime>

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
  static const RE2 raw(R"(@?(\d{1,12})(?:\s+([+-])(\d\d):?(\d\d))?)");
  static const RE2 iso(
      R"((\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.\d+)?\s*(?:(Z)|([+-])(\d\d):?(\d\d))?)");
  Person p;
  std::string secs, sign, hh, mm;
  if (RE2::FullMatch(text, raw, &secs, &sign, &hh, &mm)) {
    p.time = std::stoll(secs);
    if (!sign.empty()) {
      auto z = zone_minutes(sign, hh, mm);
      if (!z) return std::nullopt;
      p.offset_minutes = *z;
    }
    return p;
  }
  int year = 0, mon = 0, day = 0, hour = 0, min = 0, sec = 0;
  std::string z;
  if (RE2::FullMatch(text, iso, &year, &mon, &day, &hour, &min, &sec, &z, &sign, &hh, &mm)) {
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60)
      return std::nullopt;
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = mon - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = min;
    tm.tm_sec = sec;
    int64_t local = timegm(&tm);
    if (!sign.empty()) {
      auto zone = zone_minutes(sign, hh, mm);
      if (!zone) return std::nullopt;
      p.offset_minutes = *zone;
    }
    p.time = local - int64_t{p.offset_minutes} * 60;
    return p;
  }
  return std::nullopt;
}

Expected<Identity> resolve_identity(const Lookup& env, const Lookup& config, int64_t now) {
  auto nonempty = [](std::optional<std::string> v) { return v && !v->empty() ? v : std::nullopt; };
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
        return Expected<Identity>::failure(
            fmt::format("{}: \"{}\" is not a date holymigrate can read; use ISO 8601 "
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
    return Expected<Identity>::failure(
        fmt::format("--commit: no git identity: {} {} not set; run {}, then run again", missing,
                    missing.find(" and ") == std::string::npos ? "is" : "are", how));
  }
  return id;
}

}  // namespace holymigrate
