// The built-in rules' Hyperscan database compiled at build time and embedded
// (engine/fast_prefilter.h, src/engine/prefilter_image_main.cpp): a run with
// the built-in rules takes it and compiles nothing, its answers are the
// run-time compile's on every text, and any other pattern list compiles.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/fast_prefilter.h"
#include "engine/rule_choice.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "model/options.h"

using namespace holymigrate;

namespace {

// Whether this build has Hyperscan at all (without it nothing is embedded
// and the RE2::Set does all the prefiltering).
bool have_hyperscan() { return FastPrefilter({"abc"}).enabled(); }

// The texts both databases are asked about: tricky rows, every built-in
// rule's examples (as written, upper- and lower-cased, and cut at a few
// places), and every e2e fixture file up to 1 MiB.
std::vector<std::string> texts(const RuleSet& rules) {
  std::string big(70000, 'x');
  std::vector<std::string> out = {
      "",
      "nothing here",
      "https://api.openai.com/v1",
      "HTTPS://API.OPENAI.COM/v1/models\r\n",
      "Api.Anthropic.Com\r\nANTHROPIC_API_KEY=\r\n",
      big + "https://api.openai.com/v1",
      big.substr(0, 65535) + "OPENAI_API_KEY" + big,
      "wss://api.openai.com/v1/realtime",
      "\xef\xbb\xbfOPENAI_BASE_URL=https://api.openai.com/v1",
      "VITE_OPENAI_API_KEY NEXT_PUBLIC_ANTHROPIC_BASE_URL",
      "eu.api.openai.com AZURE_OPENAI_API_KEY api.openai.com.evil.io",
      "task-queue disk-usage sk-short sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "\xE2\x84\xAA"
      "elvin \xC5\xBF",  // the fold guard's two characters
  };
  for (const Rule& rule : rules.rules()) {
    for (const RuleTest& t : rule.tests) {
      for (const std::string& s : {t.before, t.after.value_or("")}) {
        std::string upper = s, lower = s;
        std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
        std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
        out.insert(out.end(),
                   {s, upper, lower, s.substr(s.size() / 2), s.substr(0, s.size() / 2),
                    s.substr(s.empty() ? 0 : 1), s.substr(0, s.empty() ? 0 : s.size() - 1)});
      }
    }
  }
  namespace fs = std::filesystem;
  for (const auto& e :
       fs::recursive_directory_iterator(fs::path(HOLYMIGRATE_SOURCE_DIR) / "tests/e2e/cases")) {
    // Not links: a case holds a link loop.
    if (e.is_symlink() || !e.is_regular_file() || e.file_size() > (1u << 20)) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    out.push_back(bytes.str());
  }
  return out;
}

// FastPrefilter::match's answer, in order; "cannot tell" as one marker.
std::vector<int> answer(const FastPrefilter& f, const std::string& text) {
  std::vector<int> found;
  if (!f.match(text, found)) return {-1};
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

TEST_CASE("the built-in rules take the embedded database, which answers as a compiled one") {
  Options defaults;
  RuleSet rules(rules_in_use(defaults), defaults.target);
  if (!have_hyperscan()) {
    CHECK(rules.fast_prefilter().origin() == FastPrefilter::Origin::None);
    return;
  }
  CHECK(rules.fast_prefilter().origin() == FastPrefilter::Origin::Image);
  const std::vector<std::string>& patterns = rules.prefilter_patterns();
  // What the build embedded is what compile_image() gives today, and it
  // assumes no optional CPU feature (a binary runs on any x86-64).
  std::optional<FastPrefilter::OwnedImage> image = FastPrefilter::compile_image(patterns);
  REQUIRE(image);
  CHECK(image->key == builtin_prefilter_image().key);
  CHECK(image->covered == builtin_prefilter_image().covered);
  CHECK(image->info.find(" Features:  Mode: ") != std::string::npos);
  FastPrefilter embedded(patterns);
  FastPrefilter compiled(patterns, FastPrefilter::Image::Ignore);
  REQUIRE(embedded.origin() == FastPrefilter::Origin::Image);
  REQUIRE(compiled.origin() != FastPrefilter::Origin::Image);
  REQUIRE(compiled.enabled());
  for (size_t i = 0; i < patterns.size(); ++i) {
    CAPTURE(patterns[i]);
    CHECK(embedded.covers(i) == compiled.covers(i));
  }
  const std::vector<std::string> all = texts(rules);
  CHECK(all.size() > 1000);  // the fixtures were found
  size_t differ = 0, some = 0;
  for (const std::string& text : all) {
    std::vector<int> want = answer(compiled, text);
    if (answer(embedded, text) != want) {
      ++differ;
      CAPTURE(text.substr(0, 200));
      CHECK(answer(embedded, text) == want);
    }
    if (!want.empty() && want[0] >= 0) ++some;
  }
  CHECK(differ == 0);
  CHECK(some > 100);  // the texts do reach the patterns
}

TEST_CASE("another pattern list compiles at run time and still prefilters right") {
  Rule user;
  user.id = "user-pattern";
  user.message = "found {match}";
  user.severity = Severity::Warning;
  user.pattern = "holy[0-9]+cow";
  RuleSet with_user(load_rules(true, {}, {user}), Target{});
  Options only;
  only.only = {"openai-endpoint"};  // a subset of the built-in list
  RuleSet subset(rules_in_use(only), only.target);
  for (const RuleSet* set : {&with_user, &subset}) {
    FastPrefilter::Origin origin = set->fast_prefilter().origin();
    CHECK(origin != FastPrefilter::Origin::Image);
    CHECK((origin != FastPrefilter::Origin::None) == have_hyperscan());
  }
  const std::string rows[] = {"x holy42cow y", "https://api.openai.com/v1 holy7cow", "HOLY1COW",
                              "nothing"};
  for (const std::string& text : rows) {
    CAPTURE(text);
    for (const RuleSet* set : {&with_user, &subset}) {
      FileResult on = set->scan(text, "f.txt", Prefilter::On);
      FileResult off = set->scan(text, "f.txt", Prefilter::Off);
      CHECK(on.edits.size() == off.edits.size());
      CHECK(on.findings.size() == off.findings.size());
    }
  }
  // A list as long as the built-in one, one pattern changed: its own compile.
  if (have_hyperscan()) {
    Options defaults;
    RuleSet builtin(rules_in_use(defaults), defaults.target);
    std::vector<std::string> changed = builtin.prefilter_patterns();
    size_t i = 0;
    while (i < changed.size() && !builtin.fast_prefilter().covers(i)) ++i;
    REQUIRE(i < changed.size());
    changed[i] = "holy[0-9]+cow";
    FastPrefilter fast(changed);
    CHECK(fast.origin() != FastPrefilter::Origin::Image);
    CHECK(answer(fast, "x holy42cow y") == std::vector<int>{static_cast<int>(i)});
  }
  CHECK(with_user.scan("x holy42cow y", "f.txt").findings.size() == 1);
  CHECK(with_user.scan("https://api.openai.com/v1", "f.txt").edits.size() == 1);
  CHECK(subset.scan("https://api.openai.com/v1", "f.txt").edits.size() == 1);
}
