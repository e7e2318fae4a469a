// .holymigrate.toml (docs/behaviour.md §8): discovery, every loading error with its exact
// text, precedence of the command line, and the rules [env]/[models] make.
#include "config/config.h"

#include <doctest/doctest.h>

#include "cli/rules_test_command.h"
#include "disk_fixture.h"
#include "engine/rule_file.h"
#include "engine/rule_set.h"
#include "util/error.h"

using namespace holymigrate;
using namespace holymigrate::test;

namespace {

std::string errors_of(const std::string& text) {
  return join_errors(parse_config(text, "c.toml").errors);
}

}  // namespace

TEST_CASE("find_config: at PATH or above, nearest first") {
  TempDir t;
  write_text(t.path() / "a/.holymigrate.toml", "");
  fs::create_directories(t.path() / "a/b/c");
  CHECK(find_config(t.path() / "a/b/c") == t.path() / "a/.holymigrate.toml");
  CHECK(find_config(t.path() / "a") == t.path() / "a/.holymigrate.toml");
  write_text(t.path() / "a/b/.holymigrate.toml", "");
  CHECK(find_config(t.path() / "a/b/c") == t.path() / "a/b/.holymigrate.toml");
  // A file as PATH: its folder is where the search starts.
  write_text(t.path() / "a/b/c/x.py", "");
  CHECK(find_config(t.path() / "a/b/c/x.py") == t.path() / "a/b/.holymigrate.toml");
  // A folder named .holymigrate.toml is not a config file.
  fs::create_directories(t.path() / "d/.holymigrate.toml");
  fs::create_directories(t.path() / "d/e");
  CHECK(find_config(t.path() / "d/e") == std::nullopt);
}

TEST_CASE("find_config: the search stops at the git root") {
  TempDir t;
  write_text(t.path() / ".holymigrate.toml", "");
  write_text(t.path() / "repo/src/app.py", "");
  git(t.path() / "repo", "init -q");
  CHECK(find_config(t.path() / "repo/src") == std::nullopt);
  CHECK(find_config(t.path() / "repo") == std::nullopt);
  write_text(t.path() / "repo/.holymigrate.toml", "");
  CHECK(find_config(t.path() / "repo/src") == t.path() / "repo/.holymigrate.toml");
}

TEST_CASE("a complete config parses") {
  ConfigParse p = parse_config(R"(to = "https://llm.corp/v1"
key_env = "CORP_LLM_KEY"
base_env = "CORP_LLM_URL"
anthropic_base_env = "CORP_CLAUDE_URL"
include = ["src/**"]
exclude = ["legacy/"]
rules = ["ci/rules"]
skip = ["anthropic-endpoint"]

[env]
OPENAI_KEY = "CORP_LLM_KEY"
"OPENAI_TOKEN" = "${key_env}"

[models]
"gpt-4o" = "deepseek-v3.2"
)",
                               "c.toml");
  CHECK(p.errors.empty());
  const Config& c = p.config;
  CHECK(c.to == "https://llm.corp/v1");
  CHECK(c.key_env == "CORP_LLM_KEY");
  CHECK(c.base_env == "CORP_LLM_URL");
  CHECK(c.anthropic_base_env == "CORP_CLAUDE_URL");
  CHECK(c.include == std::vector<std::string>{"src/**"});
  CHECK(c.exclude == std::vector<std::string>{"legacy/"});
  REQUIRE(c.rules.size() == 1);
  CHECK(c.rules[0].value == "ci/rules");
  REQUIRE(c.skip.size() == 1);
  CHECK(c.skip[0].where == "c.toml:8:9");
  REQUIRE(c.env.size() == 2);
  CHECK(c.env[0].from == "OPENAI_KEY");
  CHECK(c.env[0].line == 11);
  CHECK(c.env[1].to == "${key_env}");
  REQUIRE(c.models.size() == 1);
  CHECK(c.models[0].to == "deepseek-v3.2");
}

TEST_CASE("config: baseline and [rules.ID] tables, with the rule paths as rules.paths") {
  ConfigParse p = parse_config(R"(baseline = ".holymigrate-baseline.json"
[rules]
paths = ["ci/rules"]
[rules.hardcoded-key]
exclude = ["tests/**", "docs/"]
severity = "warning"
[rules.openai-endpoint]
include = ["src/**"]
)",
                               "c.toml");
  CHECK(p.errors.empty());
  const Config& c = p.config;
  REQUIRE(c.baseline);
  CHECK(c.baseline->value == ".holymigrate-baseline.json");
  REQUIRE(c.rules.size() == 1);
  CHECK(c.rules[0].value == "ci/rules");
  REQUIRE(c.rule_settings.size() == 2);
  const RuleSettings& key = c.rule_settings.at("hardcoded-key");
  CHECK(key.exclude == std::vector<std::string>{"tests/**", "docs/"});
  CHECK(key.include.empty());
  CHECK(key.severity == Severity::Warning);
  CHECK(key.where == "c.toml:4:1");
  CHECK(c.rule_settings.at("openai-endpoint").include == std::vector<std::string>{"src/**"});
  CHECK_FALSE(c.rule_settings.at("openai-endpoint").severity);
}

TEST_CASE("config: the baseline is relative to the config file's folder, and --baseline wins") {
  ConfigParse p = parse_config("baseline = \"ci/base.json\"\n", "proj/.holymigrate.toml");
  REQUIRE(p.errors.empty());
  Options o;
  apply_config(o, &p.config, {});
  CHECK(o.baseline_file == "proj/ci/base.json");
  Options flag;
  flag.baseline_file = "mine.json";
  apply_config(flag, &p.config, {});
  CHECK(flag.baseline_file == "mine.json");
}

TEST_CASE("config: also adds default-excluded globs, before the command line's") {
  ConfigParse p = parse_config("also = [\"third_party/**\"]\n", "c.toml");
  REQUIRE(p.errors.empty());
  CHECK(p.config.also == std::vector<std::string>{"third_party/**"});
  Options o;
  o.also = {"vendor/**"};
  apply_config(o, &p.config, {});
  CHECK(o.also == std::vector<std::string>{"third_party/**", "vendor/**"});
}

TEST_CASE("config errors: file:line:col, the key, and what to do, all of them") {
  struct Row {
    const char* text;
    const char* error;
  };
  const Row rows[] = {
      {"to = \"https://x/v1\"\nto = 1\n",
       "c.toml:2:6: invalid TOML: Error while parsing key-value pair: cannot redefine existing "
       "string 'to'"},
      {"too = \"https://x/v1\"\n", "c.toml:1:1: unknown key \"too\" (did you mean \"to\"?)"},
      {"key-env = \"K\"\n", "c.toml:1:1: unknown key \"key-env\" (did you mean \"key_env\"?)"},
      {"verbose = true\n",
       "c.toml:1:1: unknown key \"verbose\" (known: to, key_env, base_env, anthropic_base_env, "
       "include, exclude, also, rules, skip, env, models, baseline)"},
      {"baseline = 1\n", "c.toml:1:12: \"baseline\" must be a string"},
      {"[rules.hardcoded-key]\nseverity = \"fatal\"\n",
       "c.toml:2:12: \"rules.hardcoded-key.severity\": unknown severity \"fatal\" (error, warning "
       "or info)"},
      {"[rules.hardcoded-key]\nexclde = [\"tests/**\"]\n",
       "c.toml:2:1: [rules.hardcoded-key]: unknown key \"exclde\" (did you mean \"exclude\"?)"},
      {"[rules.hardcoded-key]\nexclude = \"tests/**\"\n",
       "c.toml:2:11: \"rules.hardcoded-key.exclude\" must be an array of strings, e.g. "
       "[\"src/**\"]"},
      {"[rules]\nhardcoded-key = 1\n",
       "c.toml:2:17: [rules] \"hardcoded-key\" must be a table [rules.hardcoded-key] with include, "
       "exclude or severity (or `paths = [...]`, the rule files)"},
      {"to = 5\n", "c.toml:1:6: \"to\" must be a string"},
      {"to = \"ftp://x\"\n",
       "c.toml:1:6: \"to\": \"ftp://x\" is not an absolute http(s) URL (e.g. "
       "https://api.holysheep.ai/v1)"},
      {"key_env = \"MY-KEY\"\n",
       "c.toml:1:11: \"key_env\": \"MY-KEY\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)"},
      {"include = \"src/**\"\n",
       "c.toml:1:11: \"include\" must be an array of strings, e.g. [\"src/**\"]"},
      {"exclude = [\"a\", 2]\n",
       "c.toml:1:17: \"exclude\" must be an array of strings, e.g. [\"src/**\"]"},
      {"exclude = [\"[[:nope:]]\"]\n",
       "c.toml:1:12: \"exclude\": invalid glob \"[[:nope:]]\": invalid character class range: "
       "[:nope:]"},
      {"env = [\"A\"]\n",
       "c.toml:1:7: \"env\" must be a table: [env] with lines such as OPENAI_KEY = "
       "\"HOLYSHEEP_API_KEY\""},
      {"[env]\nOPENAI_KEY = 3\n", "c.toml:2:14: [env] \"OPENAI_KEY\" must map to a string"},
      {"[env]\n\"OPENAI-KEY\" = \"K\"\n",
       "c.toml:2:1: [env]: \"OPENAI-KEY\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)"},
      {"[env]\nOPENAI_KEY = \"A B\"\n",
       "c.toml:2:14: [env] \"OPENAI_KEY\": \"A B\" is not a variable name "
       "([A-Za-z_][A-Za-z0-9_]*)"},
      {"[models]\n\"gpt-4o\" = \"\"\n",
       "c.toml:2:12: [models] \"gpt-4o\" must map to a model name (a non-empty string without "
       "quotes)"},
      {"[models]\n\"\" = \"x\"\n",
       "c.toml:2:1: [models]: a model name must be a non-empty string without quotes"},
      // Every problem, not only the first.
      {"too = 1\nskip = \"x\"\n",
       "c.toml:1:1: unknown key \"too\" (did you mean \"to\"?)\nc.toml:2:8: \"skip\" must be an "
       "array of strings, e.g. [\"src/**\"]"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(errors_of(r.text) == r.error);
  }
}

TEST_CASE("load_config throws every error, and a missing rules path is one") {
  TempDir t;
  write_text(t.path() / ".holymigrate.toml", "rules = [\"nope\"]\ntoo = 1\n");
  ScopedCwd cwd(t.path());
  try {
    load_config(".holymigrate.toml");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          ".holymigrate.toml:1:10: \"rules\": \"nope\" does not exist (paths in rules are "
          "relative to the config file's folder)\n.holymigrate.toml:2:1: unknown key \"too\" "
          "(did you mean \"to\"?)");
  }
}

TEST_CASE("precedence: the command line wins over the config, the config over defaults") {
  Config c;
  c.file = "sub/.holymigrate.toml";
  c.to = "https://llm.corp/v1";
  c.key_env = "CORP_KEY";
  c.include = {"src/**"};
  c.exclude = {"legacy/"};
  c.rules = {{"ci/rules", "sub/.holymigrate.toml:1:1"}};
  c.skip = {{"anthropic-endpoint", "sub/.holymigrate.toml:2:9"},
            {"openai-endpoint", "sub/.holymigrate.toml:2:30"}};

  SUBCASE("nothing on the command line") {
    Options o;
    apply_config(o, &c, {});
    CHECK(o.target.url == "https://llm.corp/v1");
    CHECK(o.target.key_env == "CORP_KEY");
    CHECK(o.target.base_env == "HOLYSHEEP_BASE_URL");
    CHECK(o.target.anthropic_base_env == "HOLYSHEEP_ANTHROPIC_BASE_URL");
    CHECK(o.includes == std::vector<std::string>{"src/**"});
    CHECK(o.excludes == std::vector<std::string>{"legacy/"});
    CHECK(o.rule_paths == std::vector<std::string>{"sub/ci/rules"});
    CHECK(o.skip == std::vector<std::string>{"anthropic-endpoint", "openai-endpoint"});
    CHECK(o.skip_origins.at("openai-endpoint") == "sub/.holymigrate.toml:2:30");
  }
  SUBCASE("the command line wins") {
    Options o;
    o.includes = {"lib/**"};
    o.excludes = {"tests/"};
    o.rule_paths = {"mine.toml"};
    o.only = {"openai-endpoint"};
    TargetFlags flags;
    flags.to = "http://localhost:8000/v1/";
    flags.base_env = "LOCAL_URL";
    flags.anthropic_base_env = "LOCAL_CLAUDE_URL";
    apply_config(o, &c, flags);
    CHECK(o.target.url == "http://localhost:8000/v1");
    CHECK(o.target.key_env == "CORP_KEY");
    CHECK(o.target.base_env == "LOCAL_URL");
    CHECK(o.target.anthropic_base_env == "LOCAL_CLAUDE_URL");
    CHECK(o.includes == std::vector<std::string>{"lib/**"});             // replaces
    CHECK(o.excludes == std::vector<std::string>{"legacy/", "tests/"});  // adds
    CHECK(o.rule_paths == std::vector<std::string>{"sub/ci/rules", "mine.toml"});
    // --only names it, so the config's skip does not remove it.
    CHECK(o.skip == std::vector<std::string>{"anthropic-endpoint"});
  }
  SUBCASE("no config: the defaults, the command line validated") {
    Options o;
    TargetFlags flags;
    flags.key_env = "9BAD";
    CHECK_THROWS_WITH(apply_config(o, nullptr, flags),
                      "--key-env: \"9BAD\" is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
    flags.key_env.reset();
    flags.to = "api.x.io";
    CHECK_THROWS_WITH(apply_config(o, nullptr, flags),
                      "--to: \"api.x.io\" is not an absolute http(s) URL (e.g. "
                      "https://api.holysheep.ai/v1)");
  }
}

TEST_CASE("[env] and [models] become rules that run first and pass their examples") {
  ConfigParse p = parse_config(
      "[env]\nOPENAI_KEY = \"${key_env}\"\n[models]\n\"gpt-4o\" = \"deepseek-v3.2\"\n", "c.toml");
  REQUIRE(p.errors.empty());
  std::vector<Rule> rules = config_rules(p.config);
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].id == "env-openai-key");
  CHECK(rules[0].kind == RuleKind::EnvRename);
  CHECK(rules[0].file == "c.toml");
  CHECK(rules[0].line == 2);
  CHECK(rules[1].id == "model-gpt-4o");
  CHECK(rules[1].kind == RuleKind::ModelMap);
  CHECK(run_rule_tests(rules).failures.empty());

  RuleSet set(rules, Target{});
  std::string text =
      "k = os.environ['OPENAI_KEY']; MY_OPENAI_KEY; VITE_OPENAI_KEY\n"
      "m = \"gpt-4o\"; n = 'gpt-4o'; o = `gpt-4o`; p = \"gpt-4o-mini\"; q = gpt-4o; "
      "r = \"openai/gpt-4o\"; s = \"gpt-4o'\n"
      "nb = \"model=\\\"gpt-4o\\\"\"\n";
  CHECK(apply_edits(text, set.scan(text, "x.txt").edits) ==
        "k = os.environ['HOLYSHEEP_API_KEY']; MY_OPENAI_KEY; VITE_HOLYSHEEP_API_KEY\n"
        "m = \"deepseek-v3.2\"; n = 'deepseek-v3.2'; o = `deepseek-v3.2`; p = \"gpt-4o-mini\"; "
        "q = gpt-4o; r = \"openai/gpt-4o\"; s = \"gpt-4o'\n"
        "nb = \"model=\\\"deepseek-v3.2\\\"\"\n");
}

TEST_CASE("rule ids made from names stay unique and valid") {
  ConfigParse p = parse_config(
      "[models]\n\"GPT-4o\" = \"a\"\n\"gpt_4o\" = \"b\"\n\"openai/gpt-4o:latest\" = \"c\"\n",
      "c.toml");
  REQUIRE(p.errors.empty());
  std::vector<Rule> rules = config_rules(p.config);
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].id == "model-gpt-4o");
  CHECK(rules[1].id == "model-gpt-4o-2");
  CHECK(rules[2].id == "model-openai-gpt-4o-latest");
}
