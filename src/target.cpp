#include "target.h"

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
