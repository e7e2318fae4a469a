#include "engine/kinds/client/raw_http.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace holymigrate {
namespace {

bool host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

bool path_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '-' || c == '_' ||
         c == '.' || c == '~' || c == '%';
}

bool ieq(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::vector<std::pair<size_t, size_t>> anthropic_api_urls(std::string_view text) {
  static constexpr std::string_view kHost = "api.anthropic.com";
  // Paths of Anthropic's own API (its SDKs' resources); /v1/messages covers
  // /v1/messages/batches and /v1/messages/count_tokens.
  static constexpr std::array<std::string_view, 3> kPaths = {"/v1/messages", "/v1/complete",
                                                             "/v1/models"};
  bool headers = text.find("anthropic-version") != std::string_view::npos ||
                 text.find("x-api-key") != std::string_view::npos;
  std::vector<std::pair<size_t, size_t>> out;
  // A host, not part of a longer one: `//` before it (found with memchr-fast
  // search; comparing every byte case-blind was 2% of a run), and no host
  // character after it (api.anthropic.com.evil.io).
  size_t from = 0;
  for (size_t slashes; (slashes = text.find("//", from)) != std::string_view::npos;) {
    size_t i = slashes + 2;
    from = slashes + 1;
    if (i + kHost.size() > text.size()) break;
    if (!ieq(text.substr(i, kHost.size()), kHost)) continue;
    size_t end = i + kHost.size();
    if (end < text.size() && host_char(text[end])) continue;
    size_t begin = i - 2;  // `//`, or the scheme before it (https://, wss://)
    if (begin > 0 && text[begin - 1] == ':') {
      size_t b = begin - 1;
      while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
      if (b < begin - 1) begin = b;
    }
    size_t path_end = end;
    while (path_end < text.size() && path_char(text[path_end])) ++path_end;
    std::string_view path = text.substr(end, path_end - end);
    bool api = std::any_of(kPaths.begin(), kPaths.end(), [&](std::string_view p) {
      return path.starts_with(p) && (path.size() == p.size() || path[p.size()] == '/');
    });
    if (api || headers) out.emplace_back(begin, path_end);
    // The next host starts at path_end or later, so its `//` at path_end - 2.
    from = std::max(from, path_end - 2);
  }
  return out;
}

}  // namespace holymigrate
