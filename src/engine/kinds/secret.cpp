// kind = "secret" (SPEC §5.3): hard-coded keys (sk-, sk-proj-, sk-ant- and
// 20 or more key characters), not placeholders. Reported, never edited; the
// spans are remembered so every output can redact them.
#include "engine/matcher.h"
#include "util/redact.h"

namespace holymigrate {
namespace {

class SecretMatcher : public Matcher {
 public:
  SecretMatcher(const Rule& rule, const Target& target)
      : rule_(rule.id), message_(rule.message), severity_(rule.severity), target_(target) {}

  std::string prefilter() const override { return "sk-"; }

  void match(std::string_view text, Hits& out) const override {
    for (auto [b, e] : find_key_like(text)) {
      std::string_view key = text.substr(b, e - b);
      out.secrets.emplace_back(b, e);
      if (is_placeholder_key(key)) continue;
      out.findings.push_back({b, e, rule_, severity_, expand_message(message_, key, target_)});
    }
  }

 private:
  std::string rule_;
  std::string message_;
  Severity severity_;
  Target target_;
};

}  // namespace

std::unique_ptr<Matcher> make_secret_matcher(const Rule& rule, const Target& target) {
  return std::make_unique<SecretMatcher>(rule, target);
}

}  // namespace holymigrate
