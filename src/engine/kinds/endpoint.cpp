// kind = "endpoint" (docs/behaviour.md §3): a source base URL such as
// https://api.openai.com/v1 becomes the target, keeping the rest of the URL.
//
//   scheme://host/v1<boundary>...  -> T...                (rule 1)
//   scheme://host (no /v1 next)    -> root(T)...          (rule 2)
//   host with no scheme            -> host(T)             (rule 5)
//   ws:// and wss://               -> keep wss            (rule 8)
//
// The host is found with RE2 (case-insensitive); the boundaries of rules 4
// and 5 are checked by hand on the bytes around the match, because they look
// both behind and ahead, which RE2 cannot express.
#include <fmt/format.h>
#include <re2/re2.h>

#include <cctype>

#include "engine/matcher.h"
#include "util/error.h"

namespace holymigrate {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_host_char(char c) { return is_alnum(c) || c == '-' || c == '_'; }
// Characters that continue a path segment: "/v1beta", "/v10", "/v1.5".
bool continues_segment(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  char c = text[pos];
  if (is_alnum(c) || c == '_' || c == '-' || c == '~' || c == '%' || c == '+') return true;
  return c == '.' && pos + 1 < text.size() && is_alnum(text[pos + 1]);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class EndpointMatcher : public Matcher {
 public:
  EndpointMatcher(const Rule& rule, const Target& target) : rule_(rule.id) {
    const std::string& from = rule.params.at("from");
    auto scheme_end = from.find("://");
    std::string rest = from.substr(scheme_end + 3);
    auto slash = rest.find('/');
    host_ = lower(rest.substr(0, slash));
    path_ = slash == std::string::npos ? "" : rest.substr(slash);
    while (!path_.empty() && path_.back() == '/') path_.pop_back();
    // The loader refuses this; an empty host would match the empty string
    // at one position forever.
    if (host_.empty())
      throw Error(
          fmt::format("{}:{}: rule \"{}\": \"from\" has no host", rule.file, rule.line, rule.id));
    std::string to = rule.params.contains("to") ? rule.params.at("to") : "${to}";
    target_.url = expand_target(to, target);
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    re_ = std::make_unique<RE2>("((?:https?|wss?)://)?" + RE2::QuoteMeta(host_), o);
    if (!re_->ok())
      throw Error(
          fmt::format("{}:{}: rule \"{}\": {}", rule.file, rule.line, rule.id, re_->error()));
  }

  std::string prefilter() const override { return "(?i)" + RE2::QuoteMeta(host_); }

  void match(std::string_view text, Hits& out) const override {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m[2];
    size_t pos = 0;
    while (pos < text.size() && re_->Match(input, pos, text.size(), RE2::UNANCHORED, m, 2)) {
      size_t begin = static_cast<size_t>(m[0].data() - text.data());
      size_t host_end = begin + m[0].size();
      size_t host_begin = host_end - host_.size();
      pos = host_end;
      // Rule 4: a host that continues is another host (api.openai.com.evil.io,
      // api.openai.company); "api.openai.com@x" and "api.openai.com.@x" are
      // the user-info of a URL whose real host is elsewhere.
      if (host_end < text.size()) {
        char c = text[host_end];
        if (is_host_char(c) || c == '@') continue;
        if (c == '.' && host_end + 1 < text.size() &&
            (is_host_char(text[host_end + 1]) || text[host_end + 1] == '@'))
          continue;
      }
      bool has_scheme = !m[1].empty();
      if (!has_scheme) {
        // Rule 5: a bare host is not part of a longer name (eu.api.openai.com,
        // xapi.openai.com) nor of an e-mail address (user@api.openai.com).
        char before = host_begin > 0 ? text[host_begin - 1] : ' ';
        if (is_host_char(before) || before == '.' || before == '@') continue;
        out.edits.push_back({host_begin, host_end, target_.host(), rule_});
        continue;
      }
      std::string scheme = lower(std::string_view(m[1].data(), m[1].size() - 3));
      std::string new_scheme = (scheme == "ws" || scheme == "wss") ? "wss" : target_.scheme();
      // A port on the source host (":443") names the same public endpoint; it
      // goes with the host.
      size_t after = host_end;
      if (after < text.size() && text[after] == ':') {
        size_t p = after + 1;
        while (p < text.size() && std::isdigit(static_cast<unsigned char>(text[p]))) ++p;
        if (p > after + 1) after = p;
      }
      if (!path_.empty() && text.substr(after, path_.size()) == path_ &&
          !continues_segment(text, after + path_.size())) {
        // Rule 1: the full base.
        out.edits.push_back(
            {begin, after + path_.size(), target_.url_with_scheme(new_scheme), rule_});
      } else {
        // Rule 2: the bare origin, or the origin and another path.
        Target root = target_;
        root.url = target_.root();
        out.edits.push_back({begin, after, root.url_with_scheme(new_scheme), rule_});
      }
      pos = after;
    }
  }

 private:
  std::string rule_;
  std::string host_;  // lower case
  std::string path_;  // "/v1"
  Target target_;
  std::unique_ptr<RE2> re_;
};

}  // namespace

std::unique_ptr<Matcher> make_endpoint_matcher(const Rule& rule, const Target& target) {
  return std::make_unique<EndpointMatcher>(rule, target);
}

}  // namespace holymigrate
