// kind = "secret" (docs/behaviour.md §5.3): hard-coded keys. Reported, never
// edited; every key-like span is remembered so every output can redact it.
// `detect = "provider"` (the default) reports keys of a provider's shape
// (hardcoded-key), `detect = "possible"` other random-looking `sk-…` strings
// (possible-key). Neither reports anything in test files and fixtures.
#include <fmt/format.h>

#include "engine/kinds/key_shapes.h"
#include "engine/matcher.h"
#include "util/error.h"
#include "util/redact.h"

namespace holymigrate {
namespace {

class SecretMatcher : public Matcher {
 public:
  SecretMatcher(const Rule& rule, const Target& target, KeyClass reports)
      : rule_(rule.id),
        message_(rule.message),
        severity_(rule.severity),
        target_(target),
        reports_(reports) {}

  std::string prefilter() const override { return "sk-"; }

  void match(std::string_view text, Hits& out) const override { match_file(text, "", out); }

  void match_file(std::string_view text, std::string_view path, Hits& out) const override {
    const bool test_file = !path.empty() && is_test_path(path);
    for (auto [b, e] : find_key_like(text)) {
      out.secrets.emplace_back(b, e);
      if (test_file) continue;
      std::string_view key = text.substr(b, e - b);
      if (classify_key(key) != reports_) continue;
      out.findings.push_back({b, e, rule_, severity_, expand_message(message_, key, target_)});
    }
  }

 private:
  std::string rule_;
  std::string message_;
  Severity severity_;
  Target target_;
  KeyClass reports_;
};

}  // namespace

std::unique_ptr<Matcher> make_secret_matcher(const Rule& rule, const Target& target) {
  auto it = rule.params.find("detect");
  std::string detect = it == rule.params.end() ? "provider" : it->second;
  if (detect == "provider")
    return std::make_unique<SecretMatcher>(rule, target, KeyClass::Provider);
  if (detect == "possible")
    return std::make_unique<SecretMatcher>(rule, target, KeyClass::Possible);
  throw Error(
      fmt::format("{}:{}: rule \"{}\" (kind secret): unknown detect \"{}\" (provider or possible)",
                  rule.file, rule.line, rule.id, detect));
}

}  // namespace holymigrate
