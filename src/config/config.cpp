#include "config/config.h"

#include <fmt/format.h>
#include <git2.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "git/libgit2.h"
#include "util/error.h"
#include "util/glob.h"
#include "util/suggest.h"

namespace holymigrate {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kKeys = {"to",      "key_env", "base_env", "anthropic_base_env",
                                        "include", "exclude", "also",     "rules",
                                        "skip",    "env",     "models",   "baseline"};

class ConfigParser {
 public:
  explicit ConfigParser(const std::string& name) : name_(name) { out.config.file = name; }

  std::string where(const toml::source_region& at) const {
    return fmt::format("{}:{}:{}", name_, at.begin.line, at.begin.column);
  }
  void error(const toml::source_region& at, const std::string& what) {
    out.errors.push_back(fmt::format("{}: {}", where(at), what));
  }

  std::optional<std::string> string(const toml::node& n, std::string_view key) {
    if (n.is_string()) return *n.value<std::string>();
    error(n.source(), fmt::format("\"{}\" must be a string", key));
    return std::nullopt;
  }

  // Each string of an array, with where it stands; an error for anything else.
  std::vector<Located> strings(const toml::node& n, std::string_view key) {
    std::vector<Located> out_values;
    std::string what = fmt::format("\"{}\" must be an array of strings, e.g. [\"src/**\"]", key);
    const toml::array* a = n.as_array();
    if (!a) {
      error(n.source(), what);
      return out_values;
    }
    for (const toml::node& item : *a) {
      if (item.is_string())
        out_values.push_back({*item.value<std::string>(), where(item.source())});
      else
        error(item.source(), what);
    }
    return out_values;
  }

  void globs(const toml::node& n, std::string_view key, std::vector<std::string>& into) {
    const toml::array* a = n.as_array();
    size_t i = 0;
    for (Located& g : strings(n, key)) {
      while (a && i < a->size() && !(*a)[i].is_string()) ++i;
      Expected<Glob> parsed = Glob::parse(g.value);
      if (!parsed && a && i < a->size())
        error((*a)[i].source(), fmt::format("\"{}\": {}", key, parsed.error()));
      into.push_back(std::move(g.value));
      ++i;
    }
  }

  std::optional<std::string> env_name(const toml::node& n, std::string_view key) {
    std::optional<std::string> s = string(n, key);
    if (!s) return s;
    if (Status ok = check_env_name(*s); !ok) {
      error(n.source(), fmt::format("\"{}\": {}", key, ok.error()));
      return std::nullopt;
    }
    return s;
  }

  void env_table(const toml::node& n) {
    const toml::table* t = n.as_table();
    if (!t) {
      error(n.source(),
            "\"env\" must be a table: [env] with lines such as OPENAI_KEY = \"HOLYSHEEP_API_KEY\"");
      return;
    }
    for (auto&& [k, v] : *t) {
      std::string from(k.str());
      if (Status ok = check_env_name(from); !ok) {
        error(k.source(), "[env]: " + ok.error());
        continue;
      }
      if (!v.is_string()) {
        error(v.source(), fmt::format("[env] \"{}\" must map to a string", from));
        continue;
      }
      std::string to = *v.value<std::string>();
      // "${key_env}" / "${base_env}" / "${anthropic_base_env}" follow the
      // target's variables.
      if (to != "${key_env}" && to != "${base_env}" && to != "${anthropic_base_env}") {
        if (Status ok = check_env_name(to); !ok) {
          error(v.source(), fmt::format("[env] \"{}\": {}", from, ok.error()));
          continue;
        }
      }
      out.config.env.push_back({from, to, static_cast<int>(k.source().begin.line)});
    }
  }

  // `rules` as a table (docs/behaviour.md §8): `paths = [...]` (the extra
  // rule paths, as `rules = [...]` gives them) and one [rules.ID] table per
  // rule with `include`, `exclude` and `severity`.
  void rules_table(const toml::node& n) {
    for (auto&& [k, v] : *n.as_table()) {
      std::string id(k.str());
      if (id == "paths") {
        out.config.rules = strings(v, "rules.paths");
        continue;
      }
      const toml::table* t = v.as_table();
      if (!t) {
        error(v.source(), fmt::format("[rules] \"{}\" must be a table [rules.{}] with include, "
                                      "exclude or severity (or `paths = [...]`, the rule files)",
                                      id, id));
        continue;
      }
      RuleSettings s;
      s.where = where(v.source());
      for (auto&& [sk, sv] : *t) {
        std::string key(sk.str());
        std::string label = fmt::format("rules.{}.{}", id, key);
        if (key == "include") {
          globs(sv, label, s.include);
        } else if (key == "exclude") {
          globs(sv, label, s.exclude);
        } else if (key == "severity") {
          Severity sev;
          std::optional<std::string> text = string(sv, label);
          if (text && parse_severity(*text, sev))
            s.severity = sev;
          else if (text)
            error(sv.source(),
                  fmt::format("\"{}\": unknown severity \"{}\" (error, warning or info)", label,
                              *text));
        } else {
          const std::vector<std::string> known = {"include", "exclude", "severity"};
          std::string hint = did_you_mean(key, known);
          error(sk.source(),
                fmt::format("[rules.{}]: unknown key \"{}\"{}", id, key,
                            hint.empty() ? " (known: include, exclude, severity)" : hint));
        }
      }
      out.config.rule_settings[id] = std::move(s);
    }
  }

  void models_table(const toml::node& n) {
    const toml::table* t = n.as_table();
    if (!t) {
      error(
          n.source(),
          "\"models\" must be a table: [models] with lines such as \"gpt-4o\" = \"deepseek-v3.2\"");
      return;
    }
    auto plain = [](std::string_view s) {
      return !s.empty() && s.find_first_of("\"'`\\\n\r") == std::string_view::npos;
    };
    for (auto&& [k, v] : *t) {
      std::string from(k.str());
      if (!plain(from)) {
        error(k.source(), "[models]: a model name must be a non-empty string without quotes");
        continue;
      }
      if (!v.is_string() || !plain(*v.value<std::string>())) {
        error(v.source(), fmt::format("[models] \"{}\" must map to a model name (a non-empty "
                                      "string without quotes)",
                                      from));
        continue;
      }
      out.config.models.push_back(
          {from, *v.value<std::string>(), static_cast<int>(k.source().begin.line)});
    }
  }

  void parse(std::string_view text) {
    toml::table root;
    try {
      root = toml::parse(text, name_);
    } catch (const toml::parse_error& e) {
      out.errors.push_back(fmt::format("{}:{}:{}: invalid TOML: {}", name_, e.source().begin.line,
                                       e.source().begin.column, e.description()));
      return;
    }
    // toml++ iterates tables by key; messages and rules follow the text.
    std::vector<std::pair<std::string, const toml::node*>> entries;
    for (auto&& [k, v] : root) {
      std::string key(k.str());
      if (std::find(kKeys.begin(), kKeys.end(), key) == kKeys.end()) {
        std::string hint = did_you_mean(key, kKeys);
        if (hint.empty())
          hint =
              " (known: to, key_env, base_env, anthropic_base_env, include, exclude, also, rules, "
              "skip, env, models, baseline)";
        error(k.source(), fmt::format("unknown key \"{}\"{}", key, hint));
        continue;
      }
      entries.emplace_back(key, &v);
    }
    Config& c = out.config;
    for (const auto& [key, v] : entries) {
      const toml::node& n = *v;
      if (key == "to") {
        if (auto s = string(n, key)) {
          if (Status ok = check_target_url(*s); ok)
            c.to = normalize_target_url(*s);
          else
            error(n.source(), fmt::format("\"to\": {}", ok.error()));
        }
      } else if (key == "key_env") {
        c.key_env = env_name(n, key);
      } else if (key == "base_env") {
        c.base_env = env_name(n, key);
      } else if (key == "anthropic_base_env") {
        c.anthropic_base_env = env_name(n, key);
      } else if (key == "include") {
        globs(n, key, c.include);
      } else if (key == "exclude") {
        globs(n, key, c.exclude);
      } else if (key == "also") {
        globs(n, key, c.also);
      } else if (key == "rules") {
        if (n.is_table())
          rules_table(n);
        else
          c.rules = strings(n, key);
      } else if (key == "baseline") {
        if (auto s = string(n, key)) c.baseline = Located{*s, where(n.source())};
      } else if (key == "skip") {
        c.skip = strings(n, key);
      } else if (key == "env") {
        env_table(n);
      } else if (key == "models") {
        models_table(n);
      }
    }
    auto by_line = [](const Mapping& a, const Mapping& b) { return a.line < b.line; };
    std::stable_sort(c.env.begin(), c.env.end(), by_line);
    std::stable_sort(c.models.begin(), c.models.end(), by_line);
    // Sort errors by position so they read top to bottom.
    std::stable_sort(out.errors.begin(), out.errors.end(),
                     [&](const auto& a, const auto& b) { return position(a) < position(b); });
  }

  ConfigParse out;

 private:
  std::pair<long, long> position(const std::string& e) const {
    long line = 0, col = 0;
    std::sscanf(e.c_str() + name_.size(), ":%ld:%ld", &line, &col);
    return {line, col};
  }
  std::string name_;
};

// A rule id made of a prefix and a name: lower case, [a-z0-9-] only.
std::string rule_id(std::string_view prefix, std::string_view name, std::set<std::string>& used) {
  std::string id(prefix);
  for (char ch : name) {
    auto c = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(ch)));
    if (std::isalnum(c))
      id += static_cast<char>(c);
    else if (id.back() != '-')
      id += '-';
  }
  while (id.back() == '-') id.pop_back();
  std::string unique = id;
  for (int n = 2; !used.insert(unique).second; ++n) unique = fmt::format("{}-{}", id, n);
  return unique;
}

std::string display(const fs::path& p) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  fs::path rel = p.lexically_relative(cwd);
  return rel.empty() ? p.string() : rel.string();
}

}  // namespace

ConfigParse parse_config(std::string_view text, const std::string& name) {
  ConfigParser p(name);
  p.parse(text);
  return std::move(p.out);
}

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::canonical(start, ec);
  if (ec) return std::nullopt;
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();

  fs::path git_root;
  if (may_be_in_git_repository(dir)) {
    use_libgit2();
    git_repository* raw = nullptr;
    int rc = git_repository_open_ext(&raw, dir.c_str(), 0, nullptr);
    GitHandle<git_repository, git_repository_free> repo(raw);
    if (rc == 0)
      if (const char* workdir = git_repository_workdir(repo.get()))
        git_root = fs::canonical(workdir, ec);
  }
  for (;;) {
    fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (dir == git_root || dir == dir.parent_path()) return std::nullopt;
    dir = dir.parent_path();
  }
}

Config load_config(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(fmt::format("{}: cannot read the config file", file.string()));
  std::ostringstream text;
  text << in.rdbuf();
  ConfigParse p = parse_config(text.str(), file.string());
  std::vector<std::string> missing;
  for (const Located& r : p.config.rules) {
    std::error_code ec;
    if (!fs::exists(file.parent_path() / r.value, ec))
      missing.push_back(
          fmt::format("{}: \"rules\": \"{}\" does not exist (paths in rules are "
                      "relative to the config file's folder)",
                      r.where, r.value));
  }
  p.errors.insert(p.errors.begin(), missing.begin(), missing.end());
  if (!p.errors.empty()) throw Error(join_errors(p.errors));
  return std::move(p.config);
}

void apply_config(Options& o, const Config* config, const TargetFlags& flags) {
  Config none;
  const Config& c = config ? *config : none;
  auto pick = [](const std::optional<std::string>& flag, const std::optional<std::string>& file,
                 const std::string& fallback) {
    return flag ? *flag : file ? *file : fallback;
  };
  if (flags.to) {
    if (Status ok = check_target_url(*flags.to); !ok) throw Error("--to: " + ok.error());
  }
  for (const auto& [flag, value] :
       {std::pair{"--key-env", &flags.key_env}, std::pair{"--base-env", &flags.base_env},
        std::pair{"--anthropic-base-env", &flags.anthropic_base_env}}) {
    if (*value) {
      if (Status ok = check_env_name(**value); !ok)
        throw Error(fmt::format("{}: {}", flag, ok.error()));
    }
  }
  Target defaults;
  o.target.url = normalize_target_url(pick(flags.to, c.to, defaults.url));
  o.target.key_env = pick(flags.key_env, c.key_env, defaults.key_env);
  o.target.base_env = pick(flags.base_env, c.base_env, defaults.base_env);
  o.target.anthropic_base_env =
      pick(flags.anthropic_base_env, c.anthropic_base_env, defaults.anthropic_base_env);
  if (!config) return;

  if (o.includes.empty()) o.includes = c.include;
  o.excludes.insert(o.excludes.begin(), c.exclude.begin(), c.exclude.end());
  o.also.insert(o.also.begin(), c.also.begin(), c.also.end());
  std::vector<std::string> rule_paths;
  for (const Located& r : c.rules) {
    fs::path p = r.value;
    rule_paths.push_back(p.is_absolute() ? p.string()
                                         : (c.file.parent_path() / p).lexically_normal().string());
  }
  o.rule_paths.insert(o.rule_paths.begin(), rule_paths.begin(), rule_paths.end());
  std::vector<std::string> skip;
  for (const Located& s : c.skip) {
    if (std::find(o.only.begin(), o.only.end(), s.value) != o.only.end()) continue;
    skip.push_back(s.value);
    o.skip_origins.emplace(s.value, s.where);
  }
  o.skip.insert(o.skip.begin(), skip.begin(), skip.end());
  o.config_file = c.file;
  o.config_rules = config_rules(c);
  if (!o.baseline_file && c.baseline) {
    fs::path p = c.baseline->value;
    o.baseline_file =
        p.is_absolute() ? p.string() : (c.file.parent_path() / p).lexically_normal().string();
  }
  o.rule_settings = c.rule_settings;
}

std::vector<Rule> config_rules(const Config& config) {
  std::vector<Rule> rules;
  std::set<std::string> used;
  std::string file = config.file.string();
  for (const Mapping& m : config.env) {
    Rule r;
    r.id = rule_id("env-", m.from, used);
    r.kind = RuleKind::EnvRename;
    r.message = fmt::format("{} -> {} ([env] in {})", m.from, m.to, file);
    r.params = {{"from", m.from}, {"to", m.to}};
    r.tests.push_back(
        {"echo $" + m.from, "echo $" + expand_target(m.to, Target{}), std::nullopt, m.line});
    r.file = file;
    r.line = m.line;
    rules.push_back(std::move(r));
  }
  for (const Mapping& m : config.models) {
    Rule r;
    r.id = rule_id("model-", m.from, used);
    r.kind = RuleKind::ModelMap;
    r.message = fmt::format("model \"{}\" -> \"{}\" ([models] in {})", m.from, m.to, file);
    r.params = {{"from", m.from}, {"to", m.to}};
    r.tests.push_back({fmt::format("model = \"{}\"", m.from), fmt::format("model = \"{}\"", m.to),
                       std::nullopt, m.line});
    r.file = file;
    r.line = m.line;
    rules.push_back(std::move(r));
  }
  return rules;
}

std::optional<fs::path> locate_config(const std::optional<std::string>& explicit_file,
                                      ConfigSearch search, const std::vector<std::string>& paths) {
  if (explicit_file) {
    std::error_code ec;
    if (!fs::is_regular_file(*explicit_file, ec))
      throw Error(
          fmt::format("--config: \"{}\" is not a file; name an existing "
                      ".holymigrate.toml, or drop --config",
                      *explicit_file));
    return fs::path(*explicit_file);
  }
  if (search == ConfigSearch::Disabled) return std::nullopt;
  std::optional<fs::path> found = find_config(paths.empty() ? "." : paths.front());
  if (found) return fs::path(display(*found));
  return std::nullopt;
}

std::vector<fs::path> files_in_use(const Options& o) {
  std::vector<fs::path> out;
  std::error_code ec;
  auto add = [&](const fs::path& p) {
    fs::path c = fs::canonical(p, ec);
    if (!ec) out.push_back(c);
  };
  if (o.config_file) add(*o.config_file);
  for (const std::string& p : o.rule_paths) {
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.path().extension() == ".toml") add(e.path());
    } else {
      add(p);
    }
  }
  return out;
}

}  // namespace holymigrate
