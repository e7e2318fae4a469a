// .holymigrate.toml (docs/behaviour.md §8): where it is found, what it may say, and how
// it combines with the command line (which wins).
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/options.h"
#include "model/rule.h"

namespace holymigrate {

// A value and where it was written ("file:line:col"), for later messages.
struct Located {
  std::string value;
  std::string where;
};

// One `[env]` or `[models]` line: `from = "to"`.
struct Mapping {
  std::string from;
  std::string to;
  int line = 0;
};

struct Config {
  std::filesystem::path file;  // as messages name it (relative to cwd when below it)
  std::optional<std::string> to, key_env, base_env, anthropic_base_env;
  std::vector<std::string> include, exclude;
  std::vector<std::string> also;  // default-excluded files read too (--also, docs/behaviour.md §2)
  std::vector<Located> rules;     // relative to the config file's folder
  std::vector<Located> skip;
  std::vector<Mapping> env, models;  // in the order written
  std::optional<Located> baseline;   // relative to the config file's folder
  // [rules.ID] tables by rule id; ids are checked against the loaded rules
  // later (engine/rule_choice.h rules_in_use()).
  std::map<std::string, RuleSettings> rule_settings;
};

struct ConfigParse {
  Config config;
  std::vector<std::string> errors;  // "file:line:col: what", all of them
};

// The name every config file has.
inline constexpr std::string_view kConfigName = ".holymigrate.toml";

// Parses a config file's text; `name` is used in messages and Config::file.
// Checks everything that needs no disk (types, URL, names, globs).
ConfigParse parse_config(std::string_view text, const std::string& name);

// The nearest `.holymigrate.toml` (a regular file) at `start` or above it,
// up to the git work tree holding `start` (its root included), or the
// filesystem root outside git. A file as `start` searches from its folder.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// Reads and parses `file`, and checks that its `rules` paths exist. Throws
// Error listing every problem, one per line.
Config load_config(const std::filesystem::path& file);

// Target settings given on the command line (unset: not given).
struct TargetFlags {
  std::optional<std::string> to, key_env, base_env, anthropic_base_env;
};

// Fills `o` from defaults < `config` (may be null) < the command line, and
// validates the result; throws Error naming the option or config line.
// Scalars: the command line wins. `include`: the command line's replaces the
// config's. `exclude`, `also`, `rules`, `skip`: the config's come first, the command
// line's are added; a rule named by `--only` is never skipped by the config.
// Sets o.config_file and o.config_rules.
void apply_config(Options& o, const Config* config, const TargetFlags& flags);

// The rules `[env]` (kind env-rename) and `[models]` (kind model-map) stand
// for, each with one example, named after the config file and line.
std::vector<Rule> config_rules(const Config& config);

// The config file a run uses: `explicit_file` when given (it must exist),
// none under --no-config, otherwise find_config() from the first PATH.
enum class ConfigSearch { Discover, Disabled };
std::optional<std::filesystem::path> locate_config(const std::optional<std::string>& explicit_file,
                                                   ConfigSearch search,
                                                   const std::vector<std::string>& paths);

// Files the run must never read or rewrite: the config file and every rule
// file named by o.rule_paths (a folder's *.toml files), as canonical paths.
std::vector<std::filesystem::path> files_in_use(const Options& o);

}  // namespace holymigrate
