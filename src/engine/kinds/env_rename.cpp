// kind = "env-rename" (docs/behaviour.md §4): a whole identifier `from` becomes `to`.
// No [A-Za-z0-9_] on either side, except a front-end framework prefix
// (VITE_, NEXT_PUBLIC_, ...), which is kept while the rest is renamed.
// Found with a plain substring search: the name is a literal, and the
// boundary checks look behind, which RE2 cannot.
#include <fmt/format.h>

#include <array>
#include <cctype>

#include "engine/matcher.h"
#include "re2/re2.h"
#include "util/error.h"
#include "util/text_search.h"

namespace holymigrate {
namespace {

bool is_ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

constexpr std::array<std::string_view, 7> kFrameworkPrefixes = {
    "VITE_", "NEXT_PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "PUBLIC_", "GATSBY_"};

class EnvRenameMatcher : public Matcher {
 public:
  EnvRenameMatcher(const Rule& rule, const Target& target)
      : rule_(rule.id),
        from_(rule.params.at("from")),
        to_(expand_target(rule.params.contains("to") ? rule.params.at("to") : "${key_env}",
                          target)) {}

  std::string prefilter() const override { return RE2::QuoteMeta(from_); }

  void match(std::string_view text, Hits& out) const override {
    const Needle from(from_);
    for (size_t pos = from.find(text); pos != std::string_view::npos;
         pos = from.find(text, pos + 1)) {
      size_t end = pos + from_.size();
      if (end < text.size() && is_ident(text[end])) continue;
      if (!left_boundary(text, pos)) continue;
      out.edits.push_back({pos, end, to_, rule_});
    }
  }

 private:
  static bool left_boundary(std::string_view text, size_t pos) {
    if (pos == 0 || !is_ident(text[pos - 1])) return true;
    for (std::string_view prefix : kFrameworkPrefixes) {
      if (pos >= prefix.size() && text.substr(pos - prefix.size(), prefix.size()) == prefix) {
        size_t start = pos - prefix.size();
        if (start == 0 || !is_ident(text[start - 1])) return true;
      }
    }
    return false;
  }

  std::string rule_;
  std::string from_;
  std::string to_;
};

}  // namespace

std::unique_ptr<Matcher> make_env_rename_matcher(const Rule& rule, const Target& target) {
  static const RE2 ident("[A-Za-z_][A-Za-z0-9_]*");
  if (!RE2::FullMatch(rule.params.at("from"), ident))
    throw Error(fmt::format("{}:{}: rule \"{}\": \"from\" must be an identifier, got \"{}\"",
                            rule.file, rule.line, rule.id, rule.params.at("from")));
  return std::make_unique<EnvRenameMatcher>(rule, target);
}

}  // namespace holymigrate
