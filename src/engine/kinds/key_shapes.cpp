#include "engine/kinds/key_shapes.h"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace holymigrate {
namespace {

// Provider key shapes (docs/behaviour.md §5.3). Lengths and markers follow
// gitleaks' rules (github.com/gitleaks/gitleaks, cmd/generate/config/rules/
// openai.go `openai-api-key`, anthropic.go `anthropic-api-key` and
// `anthropic-admin-api-key`): OpenAI keys carry "T3BlbkFJ" (base64 of
// "OpenAI") between two random halves; Anthropic keys are `sk-ant-api03-` or
// `sk-ant-admin01-`, 93 key characters and "AA".
constexpr std::array kShapes = {
    KeyShape{"OpenAI", "project, service-account or admin key",
             R"(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})", "", false,
             "gitleaks openai-api-key: sk-(proj|svcacct|admin)-…T3BlbkFJ…"},
    KeyShape{"OpenAI", "user key", R"(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})", "", false,
             "gitleaks openai-api-key: sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}"},
    KeyShape{"Anthropic", "API key", R"(sk-ant-api03-[A-Za-z0-9_-]{93}AA)", "", false,
             "gitleaks anthropic-api-key: sk-ant-api03-[a-zA-Z0-9_-]{93}AA"},
    KeyShape{"Anthropic", "admin key", R"(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)", "", false,
             "gitleaks anthropic-admin-api-key: sk-ant-admin01-[a-zA-Z0-9_-]{93}AA"},
    // docs/behaviour.md §5.3: an OpenAI key without the marker (legacy keys
    // were sk- and 48 random characters) is recognised by length and entropy.
    KeyShape{"OpenAI", "key (40+ random characters)", R"(sk-[A-Za-z0-9_-]{40,})", "sk-ant-", true,
             "docs/behaviour.md §5.3: 40+ key characters of high entropy"},
};

// Words that mark a made-up key (matched case-insensitively in the body).
constexpr std::array<std::string_view, 22> kPlaceholderWords = {
    "xxxx",     "your",      "test",    "example",  "sample",   "dummy",  "fake", "placeholder",
    "sentinel", "synthetic", "replace", "changeme", "redacted", "mock",   "demo", "invalid",
    "foobar",   "insert",    "secret",  "here",     "todo",     "notreal"};

// The `sk-…-` prefixes a key's random body follows.
constexpr std::array<std::string_view, 9> kPrefixes = {
    "sk-ant-api03-", "sk-ant-admin01-", "sk-ant-", "sk-proj-", "sk-svcacct-",
    "sk-admin-",     "sk-None-",        "sk-",     ""};

std::string_view body_of(std::string_view key) {
  for (std::string_view p : kPrefixes) {
    if (key.starts_with(p)) return key.substr(p.size());
  }
  return key;
}

const std::vector<std::unique_ptr<RE2>>& compiled() {
  static const std::vector<std::unique_ptr<RE2>> res = [] {
    std::vector<std::unique_ptr<RE2>> out;
    RE2::Options o;
    o.set_log_errors(false);
    for (const KeyShape& s : kShapes)
      out.push_back(std::make_unique<RE2>(re2::StringPiece(s.pattern.data(), s.pattern.size()), o));
    return out;
  }();
  return res;
}

bool has_run(std::string_view body) {
  int same = 1, ascending = 1;
  for (size_t i = 1; i < body.size(); ++i) {
    auto a = static_cast<unsigned char>(body[i - 1]), b = static_cast<unsigned char>(body[i]);
    same = a == b ? same + 1 : 1;
    ascending = std::isalnum(a) && std::isalnum(b) && b == a + 1 ? ascending + 1 : 1;
    if (same >= 5 || ascending >= 5) return true;
  }
  return false;
}

}  // namespace

std::span<const KeyShape> key_shapes() { return kShapes; }

double shannon_entropy(std::string_view text) {
  if (text.empty()) return 0;
  std::array<size_t, 256> counts{};
  for (unsigned char c : text) ++counts[c];
  double bits = 0;
  for (size_t n : counts) {
    if (n == 0) continue;
    double p = static_cast<double>(n) / static_cast<double>(text.size());
    bits -= p * std::log2(p);
  }
  return bits;
}

bool high_entropy(std::string_view body, EntropyBar bar) {
  bool upper = false, lower = false, digit = false;
  for (unsigned char c : body) {
    upper |= std::isupper(c) != 0;
    lower |= std::islower(c) != 0;
    digit |= std::isdigit(c) != 0;
  }
  int classes = int{upper} + int{lower} + int{digit};
  if (bar == EntropyBar::Strict) return classes == 3 && shannon_entropy(body) >= 4.0;
  return classes >= 2 && shannon_entropy(body) >= 3.0;
}

bool is_placeholder_key(std::string_view key) {
  std::string_view body = body_of(key);
  std::string lower(body);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view word : kPlaceholderWords) {
    if (lower.find(word) != std::string::npos) return true;
  }
  return has_run(body) || !high_entropy(body, EntropyBar::Loose);
}

const KeyShape* provider_shape(std::string_view key) {
  const auto& res = compiled();
  for (size_t i = 0; i < kShapes.size(); ++i) {
    const KeyShape& s = kShapes[i];
    if (!s.not_prefix.empty() && key.starts_with(s.not_prefix)) continue;
    if (!RE2::FullMatch(re2::StringPiece(key.data(), key.size()), *res[i])) continue;
    if (s.needs_entropy && !high_entropy(body_of(key), EntropyBar::Strict)) continue;
    return &s;
  }
  return nullptr;
}

KeyClass classify_key(std::string_view key) {
  // A provider-shaped key is a placeholder only by its runs (sk-proj-xxxxx…)
  // or a body that is not random: with 20+ placeholder words, a real
  // 160-character key would hold one of them by chance about once in 300.
  if (provider_shape(key)) {
    std::string_view body = body_of(key);
    bool made_up = has_run(body) || !high_entropy(body, EntropyBar::Loose);
    return made_up ? KeyClass::Placeholder : KeyClass::Provider;
  }
  return is_placeholder_key(key) ? KeyClass::Placeholder : KeyClass::Possible;
}

bool is_test_path(std::string_view path) {
  static constexpr std::array<std::string_view, 6> kFolders = {"test", "tests",    "__tests__",
                                                               "spec", "fixtures", "testdata"};
  size_t start = 0;
  while (true) {
    size_t slash = path.find('/', start);
    std::string_view part =
        path.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (slash == std::string_view::npos) {
      // The file name.
      if (part.find("_test.") != std::string_view::npos ||
          part.find(".test.") != std::string_view::npos ||
          part.find(".spec.") != std::string_view::npos ||
          part.find("_spec.") != std::string_view::npos)
        return true;
      return part.starts_with("test_") && part.ends_with(".py");
    }
    for (std::string_view f : kFolders) {
      if (part == f) return true;
    }
    start = slash + 1;
  }
}

}  // namespace holymigrate
