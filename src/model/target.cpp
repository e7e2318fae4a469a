#include "model/target.h"

#include <fmt/format.h>
#include <re2/re2.h>

namespace holymigrate {

std::string Target::root() const {
  std::string u = url;
  while (!u.empty() && u.back() == '/') u.pop_back();
  if (u.size() >= 3 && u.compare(u.size() - 3, 3, "/v1") == 0) u.resize(u.size() - 3);
  return u;
}

std::string Target::scheme() const {
  auto pos = url.find("://");
  return pos == std::string::npos ? "https" : url.substr(0, pos);
}

std::string Target::host() const {
  auto pos = url.find("://");
  std::string rest = pos == std::string::npos ? url : url.substr(pos + 3);
  auto end = rest.find_first_of("/?#");
  return end == std::string::npos ? rest : rest.substr(0, end);
}

std::string Target::url_with_scheme(const std::string& s) const {
  auto pos = url.find("://");
  return pos == std::string::npos ? url : s + url.substr(pos);
}

}  // namespace holymigrate

namespace holymigrate {

Status check_target_url(std::string_view url) {
  // Scheme, a host (name, IPv4 or [IPv6]) with an optional port, a path.
  static const RE2 absolute(
      R"((?i)https?://(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:[0-9]{1,5})?(/[^\s?#]*)?)");
  static const RE2 with_query(R"((?i)https?://[^\s/?#]+[^\s]*[?#][^\s]*)");
  re2::StringPiece text(url.data(), url.size());
  if (RE2::FullMatch(text, absolute)) return success();
  if (RE2::FullMatch(text, with_query))
    return Status::failure(
        fmt::format("\"{}\" is a base URL and cannot hold a query or fragment", url));
  return Status::failure(
      fmt::format("\"{}\" is not an absolute http(s) URL (e.g. https://api.holysheep.ai/v1)", url));
}

std::string normalize_target_url(std::string url) {
  while (url.size() > 1 && url.back() == '/' && !url.ends_with("://")) url.pop_back();
  return url;
}

Status check_env_name(std::string_view name) {
  static const RE2 ident("[A-Za-z_][A-Za-z0-9_]*");
  if (RE2::FullMatch(re2::StringPiece(name.data(), name.size()), ident)) return success();
  return Status::failure(
      fmt::format("\"{}\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)", name));
}

std::string expand_target(std::string text, const Target& target) {
  const std::pair<const char*, std::string> vars[] = {
      {"${to}", target.url},
      {"${root}", target.root()},
      {"${host}", target.host()},
      {"${key_env}", target.key_env},
      {"${base_env}", target.base_env},
      {"${anthropic_base_env}", target.anthropic_base_env}};
  for (const auto& [name, value] : vars) {
    for (size_t pos = text.find(name); pos != std::string::npos;
         pos = text.find(name, pos + value.size())) {
      text.replace(pos, std::string_view(name).size(), value);
    }
  }
  return text;
}

}  // namespace holymigrate
