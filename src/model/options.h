// Everything a run needs, filled by cli.cpp (and later the config file).
// The core never sees argv.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/rule.h"
#include "model/target.h"

namespace holymigrate {

enum class Mode { DryRun, Check, Write, Commit };
enum class Format { Text, Json, Sarif, Github };
enum class ColorChoice { Auto, Always, Never };
enum class IgnoreFiles { Honour, Ignore };
enum class DirtyFiles { Refuse, Allow };  // --commit on files with uncommitted changes
// --write/--commit on a file with more than one hard link (docs/behaviour.md §6).
enum class HardLinks { Refuse, Break };
// Which findings fail --check (pending edits always do).
enum class FailOn { Error, Warning, None };
// What the text report shows of each edited file: its hunks, or one line
// with its edit count (--stat, docs/behaviour.md §10).
enum class DiffView { Hunks, Stat };

// One `[rules.ID]` table of the config file (docs/behaviour.md §8).
struct RuleSettings {
  std::vector<std::string> include;  // globs relative to PATH; empty: everywhere
  std::vector<std::string> exclude;  // globs relative to PATH
  std::optional<Severity> severity;  // replaces the rule's own
  std::string where;                 // "file:line:col" of the table, for messages
};

struct Options {
  Mode mode = Mode::DryRun;
  Format format = Format::Text;
  ColorChoice color = ColorChoice::Auto;
  unsigned threads = 0;            // 0: one per available core
  std::vector<std::string> paths;  // defaults to "."
  std::vector<std::string> includes;
  std::vector<std::string> excludes;
  std::vector<std::string> also;  // --also: default-excluded files read too (docs/behaviour.md §2)
  IgnoreFiles ignore_files = IgnoreFiles::Honour;
  uint64_t max_filesize = 16ull << 20;
  std::vector<std::string> rule_paths;
  bool default_rules = true;
  std::vector<std::string> only;
  std::vector<std::string> skip;
  bool quiet = false;
  DiffView diff_view = DiffView::Hunks;  // --stat
  // -i/--interactive (docs/behaviour.md §10): mode is Write, and each hunk
  // is asked about on the terminal before anything is written.
  bool interactive = false;
  std::optional<std::string> patch_file;
  // --commit (docs/behaviour.md §7)
  std::optional<std::string> branch;            // --branch NAME
  std::optional<std::string> commit_message;    // -m: replaces the first line
  DirtyFiles dirty_files = DirtyFiles::Refuse;  // --allow-dirty
  HardLinks hard_links = HardLinks::Refuse;     // --break-hardlinks
  std::optional<std::string> output_file;       // --output: the chosen format goes here
  FailOn fail_on = FailOn::Error;
  // --shard K/N (docs/behaviour.md §12): pass 1 reads every file, pass 2 and
  // the report only the files whose path hash falls in shard K (1-based).
  unsigned shard_index = 1, shard_count = 1;
  Target target;
  // From .holymigrate.toml (config.h): the file in use (never read as input),
  // the rules its [env] and [models] make (run before the others), and for
  // each id in `skip` that came from it, where it was written.
  std::optional<std::filesystem::path> config_file;
  std::vector<Rule> config_rules;
  std::map<std::string, std::string> skip_origins;
  // --baseline FILE, or the config's `baseline` (docs/behaviour.md §5.5).
  std::optional<std::string> baseline_file;
  // The config's [rules.ID] tables (docs/behaviour.md §8), by rule id.
  std::map<std::string, RuleSettings> rule_settings;
};

}  // namespace holymigrate
