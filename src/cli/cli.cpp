#include "cli/cli.h"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "cli/merge_reports_command.h"
#include "cli/rules_list_command.h"
#include "cli/rules_test_command.h"
#include "config/config.h"
#include "engine/rule_choice.h"
#include "engine/rule_file.h"
#include "model/options.h"
#include "run/run.h"
#include "util/error.h"
#include "util/shard.h"

namespace holymigrate {
namespace {

// "16M", "16MiB", "512K", "1G", "1024" -> bytes.
uint64_t parse_size(const std::string& text) {
  size_t used = 0;
  unsigned long long n = 0;
  try {
    n = std::stoull(text, &used);
  } catch (const std::exception&) {
    throw Error(
        fmt::format("--max-filesize: \"{}\" is not a size (e.g. 16M, 512K, 1048576)", text));
  }
  std::string unit = text.substr(used);
  for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (unit.ends_with("IB"))
    unit.resize(unit.size() - 2);
  else if (unit.ends_with("B"))
    unit.resize(unit.size() - 1);
  int shift = unit.empty() ? 0 : unit == "K" ? 10 : unit == "M" ? 20 : unit == "G" ? 30 : -1;
  if (shift < 0)
    throw Error(
        fmt::format("--max-filesize: \"{}\" is not a size (e.g. 16M, 512K, 1048576)", text));
  return static_cast<uint64_t>(n) << shift;
}

int rules_test(const std::vector<std::string>& paths) {
  std::vector<Rule> rules = load_rules(paths.empty(), paths);
  RuleTestSummary s = run_rule_tests(rules);
  for (const RuleTestFailure& f : s.failures)
    fmt::print("FAIL {} ({})\n{}", f.rule, f.where, f.report);
  fmt::print("{} rules, {} examples, {} failed\n", s.rules, s.examples, s.failures.size());
  return s.failures.empty() ? 0 : 1;
}

// Where settings come from (docs/behaviour.md §8): defaults < .holymigrate.toml < flags.
struct ConfigFlags {
  std::optional<std::string> file;
  bool disabled = false;
  TargetFlags target;
};

void apply_settings(Options& o, const ConfigFlags& flags) {
  std::optional<std::filesystem::path> file = locate_config(
      flags.file, flags.disabled ? ConfigSearch::Disabled : ConfigSearch::Discover, o.paths);
  std::optional<Config> config;
  if (file) config = load_config(*file);
  apply_config(o, config ? &*config : nullptr, flags.target);
}

// docs/behaviour.md §1: a target URL with no path ("https://api.holysheep.ai")
// makes OpenAI clients call ".../chat/completions" with no version; almost
// always a missing "/v1". A warning, not an error: some gateways serve there.
void warn_if_no_version_path(const Target& target) {
  size_t scheme = target.url.find("://");
  if (scheme == std::string::npos) return;
  size_t path = target.url.find('/', scheme + 3);
  if (path != std::string::npos && path + 1 < target.url.size()) return;
  std::string url = target.url;
  while (!url.empty() && url.back() == '/') url.pop_back();
  fmt::print(stderr,
             "holymigrate: warning: target {} has no version path: OpenAI clients would call "
             "{}/chat/completions; if the API is served under /v1, use --to {}/v1\n",
             url, url, url);
}

// --patch FILE is written after the files (under --write, after they were
// written): a path that cannot be written must stop the run before anything
// is touched (docs/behaviour.md §1).
void check_patch_path(const std::string& patch) {
  if (patch.empty() || patch == "-") return;
  std::filesystem::path p(patch);
  std::filesystem::path folder = p.parent_path().empty() ? "." : p.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    throw Error(
        fmt::format("--patch {}: folder \"{}\" does not exist; nothing was written — "
                    "create it or choose another path",
                    patch, folder.string()));
  bool exists = std::filesystem::exists(p, ec);
  if (exists ? access(patch.c_str(), W_OK) != 0 : access(folder.c_str(), W_OK) != 0)
    throw Error(
        fmt::format("--patch {}: cannot be written (permission denied); nothing was "
                    "written — choose another path",
                    patch));
}

// -i asks on the terminal and shows the hunks there (docs/behaviour.md §10):
// refused before anything is read when stdin is not a terminal (a pipe or a
// CI job would answer nothing, or answer at random), or when the report is
// meant for a machine.
void check_interactive(const std::string& format, const std::string& output,
                       const std::string& patch) {
  if (format != "text" || !output.empty() || patch == "-")
    throw Error(
        "--interactive shows the hunks and the text report on the terminal: drop --format, "
        "--output and --patch -, or review a --patch FILE instead");
  if (isatty(STDIN_FILENO) == 0)
    throw Error(
        "--interactive needs a terminal on stdin to ask on; nothing was written — run it in a "
        "terminal, or use --write, or --patch FILE and apply the parts you want with git apply");
}

// `holymigrate help [rules]` is `holymigrate [rules] --help`, not a PATH
// named "help" (use ./help for that).
std::vector<std::string> with_help_subcommand(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args[0] == "help") {
    args.erase(args.begin());
    args.push_back("--help");
  }
  return args;
}

}  // namespace

int cli_main(int argc, char** argv) {
  Options o;
  CLI::App app{
      "holymigrate: move a codebase from OpenAI / Anthropic endpoints and keys to HolySheep.\n"
      "Exit codes: 0 clean (or edits shown/applied), 1 pending edits or error findings under\n"
      "--check (warning findings too with --fail-on warning, none with --fail-on none),\n"
      "2 usage or runtime error.",
      "holymigrate"};
  app.set_version_flag("--version", std::string("holymigrate ") + HOLYMIGRATE_VERSION);
  app.add_option("PATH", o.paths, "files or folders to migrate (default: .)")->type_name("PATH");
  app.footer(
      "Subcommands:\n"
      "  holymigrate rules list          the rules in use (--format json for JSON)\n"
      "  holymigrate rules test [PATH…]  run every rule's examples (built-in rules when no PATH)\n"
      "  holymigrate rules explain ID    a rule's message, parameters and examples\n"
      "  holymigrate merge-reports A.json B.json …  merge the JSON reports of --shard jobs\n"
      "  holymigrate help [rules]        this text (or the rules subcommand's)\n"
      "Lists: --only, --skip, --include, --exclude and --also take comma lists and may repeat.");
  bool check = false, write = false;
  auto* check_opt = app.add_flag(
      "--check", check,
      "CI mode: write nothing; exit 1 if edits are pending or an error finding exists");
  auto* write_opt = app.add_flag("-w,--write", write, "apply the edits in place (atomic writes)")
                        ->excludes(check_opt);
  bool commit = false, allow_dirty = false;
  std::string branch, message;
  auto* commit_opt =
      app.add_flag(
             "--commit", commit,
             "apply the edits and commit exactly those files on top of HEAD (git work tree only)")
          ->excludes(check_opt)
          ->excludes(write_opt);
  bool interactive = false;
  app.add_flag("-i,--interactive", interactive,
               "ask hunk by hunk on the terminal (y/n/a/d/q/?) and write only what was accepted")
      ->excludes(check_opt)
      ->excludes(commit_opt);
  app.add_option("--branch", branch,
                 "with --commit: create branch NAME at HEAD, commit there and check it out")
      ->type_name("NAME")
      ->needs(commit_opt);
  app.add_option("-m,--message", message, "with --commit: the commit message's first line")
      ->type_name("LINE")
      ->needs(commit_opt);
  app.add_flag("--allow-dirty", allow_dirty,
               "with --commit: edit and commit files that have uncommitted changes")
      ->needs(commit_opt);
  bool break_hardlinks = false;
  app.add_flag("--break-hardlinks", break_hardlinks,
               "with --write or --commit: write a hard-linked file under this name only "
               "(its other names keep the old content)");
  std::string patch;
  app.add_option("--patch", patch, "also write the plain unified diff to FILE (- for stdout)")
      ->type_name("FILE");
  std::string format = "text", color = "auto", max_size;
  app.add_option("--format", format,
                 "output format: text, json, sarif (code scanning), github (Actions annotations)")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  std::string output, fail_on = "error";
  app.add_option("--output", output, "write the chosen format to FILE; the summary goes to stderr")
      ->type_name("FILE");
  std::string baseline;
  app.add_option("--baseline", baseline,
                 "hide the findings a JSON or SARIF report of an earlier run holds")
      ->type_name("FILE");
  app.add_option("--fail-on", fail_on, "with --check: findings that fail the run (default error)")
      ->check(CLI::IsMember({"warning", "error", "none"}))
      ->needs(check_opt);
  app.add_option("--color", color, "colour the diff")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option("-j,--threads", o.threads, "worker threads (default: one per core)")
      ->type_name("N");
  std::string shard;
  app.add_option("--shard", shard,
                 "K/N: report and migrate only shard K of N (split by path hash; CI matrix jobs)")
      ->type_name("K/N");
  app.add_option(
         "--include", o.includes,
         "only read files matching GLOB (gitignore-style; also re-includes default skips it names)")
      ->type_name("GLOB")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--exclude", o.excludes, "skip files matching GLOB (gitignore-style)")
      ->type_name("GLOB")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--also", o.also,
                 "also read the default-excluded files matching GLOB (vendor/, history files, "
                 "...), without narrowing the run")
      ->type_name("GLOB")
      ->delimiter(',')
      ->allow_extra_args(false);
  bool no_ignore = false, no_default_rules = false;
  app.add_flag("--no-ignore", no_ignore, "do not honour .gitignore");
  app.add_option("--max-filesize", max_size, "skip files larger than SIZE (default 16M)")
      ->type_name("SIZE");
  app.add_option("--rules", o.rule_paths, "extra rule file or folder (repeatable)")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_flag("--no-default-rules", no_default_rules, "do not load the built-in rules");
  app.add_option("--only", o.only, "run only rule ID (repeatable, or a comma list)")
      ->type_name("ID")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--skip", o.skip, "skip rule ID (repeatable, or a comma list)")
      ->type_name("ID")
      ->delimiter(',')
      ->allow_extra_args(false);
  bool stat = false;
  app.add_flag("--stat", stat, "show one line per file with its edit count instead of the diff");
  app.add_flag("-q,--quiet", o.quiet,
               "print only findings and errors (with --format or --output: only errors and the "
               "chosen format)");
  ConfigFlags config;
  app.add_option("--to", config.target.to, "target base URL (default https://api.holysheep.ai/v1)")
      ->type_name("URL");
  app.add_option("--key-env", config.target.key_env,
                 "target key variable (default HOLYSHEEP_API_KEY)")
      ->type_name("NAME");
  app.add_option("--base-env", config.target.base_env,
                 "target base-URL variable (default HOLYSHEEP_BASE_URL)")
      ->type_name("NAME");
  app.add_option("--anthropic-base-env", config.target.anthropic_base_env,
                 "target base-URL variable of Anthropic clients, value root(T) (default "
                 "HOLYSHEEP_ANTHROPIC_BASE_URL)")
      ->type_name("NAME");
  auto* config_opt =
      app.add_option("--config", config.file,
                     "use this config file instead of the .holymigrate.toml found at PATH or above")
          ->type_name("FILE");
  app.add_flag("--no-config", config.disabled, "ignore .holymigrate.toml files")
      ->excludes(config_opt);

  auto* rules_cmd = app.add_subcommand("rules", "list, test and explain rules");
  rules_cmd->require_subcommand(1);
  std::vector<std::string> test_paths;
  auto* test_cmd =
      rules_cmd->add_subcommand("test", "run every rule's examples (built-in rules when no PATH)");
  test_cmd->add_option("PATH", test_paths, "rule files or folders")->type_name("PATH");
  auto* list_cmd =
      rules_cmd->add_subcommand("list", "the rules in use: id, kind, severity, file globs");
  std::string explain_id;
  auto* explain_cmd =
      rules_cmd->add_subcommand("explain", "a rule's message, parameters and examples");
  explain_cmd->add_option("ID", explain_id, "rule id")->type_name("ID")->required();
  std::vector<std::string> merge_inputs;
  auto* merge_cmd = app.add_subcommand(
      "merge-reports", "merge the JSON reports of --shard jobs; print JSON (or --format sarif)");
  merge_cmd->add_option("REPORT", merge_inputs, "JSON reports (--format json) of the shards")
      ->required();
  // Options of the main command (--rules, --config, --format, ...) may follow
  // the subcommand.
  for (CLI::App* sub : {rules_cmd, test_cmd, list_cmd, explain_cmd, merge_cmd}) sub->fallthrough();

  try {
    std::vector<std::string> args = with_help_subcommand(argc, argv);
    std::reverse(args.begin(), args.end());  // CLI11 takes a vector last argument first
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (rules_cmd->parsed() && rules_cmd->get_subcommands().empty()) {
      // CLI11 says only "A subcommand is required".
      fmt::print(stderr,
                 "holymigrate: error: rules needs a subcommand: list, test [PATH…] or explain ID "
                 "(holymigrate help rules)\n");
      return 2;
    }
    fmt::print(stderr, "holymigrate: error: {}; see holymigrate --help\n", e.what());
    return 2;
  }

  try {
    if (test_cmd->parsed()) return rules_test(test_paths);
    o.default_rules = !no_default_rules;
    if (!baseline.empty()) o.baseline_file = baseline;
    apply_settings(o, config);
    if (!list_cmd->parsed() && !explain_cmd->parsed()) warn_if_no_version_path(o.target);
    if (list_cmd->parsed()) {
      std::vector<Rule> rules = rules_in_use(o);
      fmt::print("{}", format == "json" ? rules_list_json(rules) : rules_list_text(rules));
      return 0;
    }
    if (merge_cmd->parsed()) {
      // JSON unless --format sarif: the shards' own format.
      o.format = format == "sarif"                      ? Format::Sarif
                 : format == "text" || format == "json" ? Format::Json
                                                        : Format::Github;
      return merge_reports_command(merge_inputs, o, stdout);
    }
    if (explain_cmd->parsed()) {
      fmt::print("{}", explain_rule(rules_in_use(o), explain_id, o.target));
      return 0;
    }
    o.mode = check ? Mode::Check : write ? Mode::Write : commit ? Mode::Commit : Mode::DryRun;
    if (interactive) check_interactive(format, output, patch), o.mode = Mode::Write;
    o.interactive = interactive;
    if (!branch.empty()) o.branch = branch;
    if (!message.empty()) o.commit_message = message;
    o.dirty_files = allow_dirty ? DirtyFiles::Allow : DirtyFiles::Refuse;
    o.hard_links = break_hardlinks ? HardLinks::Break : HardLinks::Refuse;
    o.format = format == "json"     ? Format::Json
               : format == "sarif"  ? Format::Sarif
               : format == "github" ? Format::Github
                                    : Format::Text;
    if (!output.empty()) o.output_file = output;
    o.fail_on = fail_on == "warning" ? FailOn::Warning
                : fail_on == "none"  ? FailOn::None
                                     : FailOn::Error;
    o.color = color == "always"  ? ColorChoice::Always
              : color == "never" ? ColorChoice::Never
                                 : ColorChoice::Auto;
    check_patch_path(patch);
    if (!patch.empty()) o.patch_file = patch;
    if (!max_size.empty()) o.max_filesize = parse_size(max_size);
    if (!shard.empty()) {
      Expected<Shard> parsed = parse_shard(shard);
      if (!parsed) throw Error(parsed.error());
      o.shard_index = parsed->index;
      o.shard_count = parsed->count;
    }
    o.ignore_files = no_ignore ? IgnoreFiles::Ignore : IgnoreFiles::Honour;
    o.default_rules = !no_default_rules;
    o.diff_view = stat ? DiffView::Stat : DiffView::Hunks;
    if (o.paths.empty()) o.paths.push_back(".");
    return run(o, stdout, stderr);
  } catch (const Error& e) {
    std::string text = e.what();
    for (size_t pos = 0; pos <= text.size();) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      fmt::print(stderr, "holymigrate: error: {}\n", text.substr(pos, nl - pos));
      pos = nl + 1;
    }
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "holymigrate: error: {}\n", e.what());
    return 2;
  }
}

}  // namespace holymigrate
