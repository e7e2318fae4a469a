#include "engine/rule_file.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <re2/re2.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/builtin_rules.h"
#include "engine/rule_kinds.h"
#include "util/error.h"
#include "util/suggest.h"

namespace holymigrate {
namespace {

const std::set<std::string, std::less<>> kRuleKeys = {"id",    "message", "severity", "kind",
                                                      "files", "pattern", "replace",  "from",
                                                      "to",    "test",    "detect"};
const std::set<std::string, std::less<>> kTestKeys = {"before", "after", "findings"};
std::string suggestion(std::string_view key, const std::set<std::string, std::less<>>& known) {
  return did_you_mean(key, std::vector<std::string>(known.begin(), known.end()));
}

class Parser {
 public:
  explicit Parser(const std::string& name) : name_(name) {}

  void error(const toml::source_region& at, const std::string& what) {
    errors.push_back(fmt::format("{}:{}:{}: {}", name_, at.begin.line, at.begin.column, what));
  }

  std::optional<std::string> string_at(const toml::table& t, std::string_view key,
                                       const toml::source_region& owner) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (auto s = n->value<std::string>(); s && n->is_string()) return *s;
    error(n->source(), fmt::format("\"{}\" must be a string", key));
    (void)owner;
    return std::nullopt;
  }

  void parse_test(const toml::table& t, Rule& rule) {
    RuleTest test;
    test.line = static_cast<int>(t.source().begin.line);
    for (auto&& [k, v] : t) {
      if (!kTestKeys.contains(k.str()))
        error(k.source(), fmt::format("unknown key \"{}\" in [[rule.test]]{}", k.str(),
                                      suggestion(k.str(), kTestKeys)));
    }
    if (auto s = string_at(t, "before", t.source())) {
      test.before = *s;
    } else if (!t.get("before")) {
      error(t.source(), fmt::format("rule \"{}\": [[rule.test]] needs \"before\"", rule.id));
    }
    test.after = string_at(t, "after", t.source());
    if (const toml::node* n = t.get("findings")) {
      if (auto i = n->value<int64_t>(); i && n->is_integer() && *i >= 0)
        test.findings = static_cast<int>(*i);
      else
        error(n->source(), "\"findings\" must be a non-negative integer");
    }
    rule.tests.push_back(std::move(test));
  }

  void parse_rule(const toml::table& t) {
    Rule rule;
    rule.file = name_;
    rule.line = static_cast<int>(t.source().begin.line);
    size_t errors_before = errors.size();
    for (auto&& [k, v] : t) {
      if (!kRuleKeys.contains(k.str()))
        error(k.source(), fmt::format("unknown key \"{}\" in [[rule]]{}", k.str(),
                                      suggestion(k.str(), kRuleKeys)));
    }
    if (auto s = string_at(t, "id", t.source())) {
      rule.id = *s;
      static const RE2 id_re("[a-z0-9][a-z0-9-]*");
      if (!RE2::FullMatch(rule.id, id_re))
        error(t.get("id")->source(), fmt::format("rule id \"{}\" must match [a-z0-9-]+", rule.id));
    } else if (!t.get("id")) {
      error(t.source(), "[[rule]] needs an \"id\"");
    }
    std::string label = rule.id.empty() ? std::string("[[rule]]") : "rule \"" + rule.id + "\"";
    if (auto s = string_at(t, "message", t.source()))
      rule.message = *s;
    else if (!t.get("message"))
      error(t.source(), label + " needs a \"message\"");
    bool kind_known = true;  // an unknown kind has no shape to check
    if (auto s = string_at(t, "kind", t.source())) {
      if (const RuleKindRow* kind = rule_kind_named(*s)) {
        rule.kind = kind->kind;
      } else {
        kind_known = false;
        std::vector<std::string_view> names;
        for (const RuleKindRow& k : rule_kinds()) names.push_back(k.name);
        error(t.get("kind")->source(), fmt::format("{}: unknown kind \"{}\" (one of {})", label, *s,
                                                   fmt::join(names, ", ")));
      }
    }
    bool severity_known = true;
    if (auto s = string_at(t, "severity", t.source())) {
      severity_known = parse_severity(*s, rule.severity);
      if (!severity_known)
        error(t.get("severity")->source(),
              fmt::format("{}: severity \"{}\" must be edit, error, warning or info", label, *s));
    } else {
      severity_known = false;
      if (!t.get("severity"))
        error(t.source(), label + " needs a \"severity\" (edit, error, warning or info)");
    }
    if (const toml::node* n = t.get("files")) {
      if (const toml::array* a = n->as_array()) {
        for (const toml::node& g : *a) {
          if (auto s = g.value<std::string>(); s && g.is_string())
            rule.files.push_back(*s);
          else
            error(g.source(), label + ": \"files\" must be an array of strings");
        }
      } else {
        error(n->source(), label + ": \"files\" must be an array of strings");
      }
    }
    if (auto s = string_at(t, "pattern", t.source())) rule.pattern = *s;
    rule.replace = string_at(t, "replace", t.source());
    for (const char* p : {"from", "to", "detect"}) {
      if (auto s = string_at(t, p, t.source())) rule.params[p] = *s;
    }
    if (const toml::node* n = t.get("test")) {
      if (const toml::array* a = n->as_array(); a && a->is_array_of_tables()) {
        for (const toml::node& tt : *a) parse_test(*tt.as_table(), rule);
      } else {
        error(n->source(), label + ": \"test\" must be [[rule.test]] tables");
      }
    }
    if (severity_known) check_shape(rule, kind_known, t);
    if (errors.size() == errors_before) rules.push_back(std::move(rule));
  }

  // Cross-field checks: what each kind needs.
  void check_shape(const Rule& rule, bool kind_known, const toml::table& t) {
    std::string label = "rule \"" + rule.id + "\"";
    const auto& at = t.source();
    if (!kind_known) {
      // reported where the kind is read
    } else if (rule.kind == RuleKind::Pattern) {
      if (rule.pattern.empty()) {
        if (!t.get("pattern")) error(at, label + " needs a \"pattern\"");
      } else {
        RE2::Options o;
        o.set_log_errors(false);
        RE2 re(rule.pattern, o);
        if (!re.ok()) {
          error(t.get("pattern")->source(),
                fmt::format(
                    "{}: bad pattern: {}{}", label, re.error(),
                    re.error_code() == RE2::ErrorPatternTooLarge
                        ? " (over RE2's 8 MiB program limit); use fewer or smaller repetitions"
                        : ""));
        } else if (rule.replace) {
          std::string why;
          if (!re.CheckRewriteString(*rule.replace, &why))
            error(t.get("replace")->source(), fmt::format("{}: bad replace: {}", label, why));
        }
      }
      if (rule.severity == Severity::Edit && !rule.replace && t.get("pattern"))
        error(at, label + " has severity \"edit\" but no \"replace\"");
      if (rule.severity != Severity::Edit && rule.replace)
        error(t.get("replace")->source(),
              label + ": \"replace\" is only for severity \"edit\" (report rules do not edit)");
    } else if (rule.kind == RuleKind::Endpoint || rule.kind == RuleKind::EnvRename ||
               rule.kind == RuleKind::ModelMap) {
      if (!rule.params.contains("from"))
        error(at, fmt::format("{} (kind {}) needs \"from\"", label, to_string(rule.kind)));
      if (rule.kind == RuleKind::ModelMap && !rule.params.contains("to"))
        error(at, fmt::format("{} (kind {}) needs \"to\"", label, to_string(rule.kind)));
      // A URL needs a host: an empty one would match everywhere (the matcher
      // looks for the host).
      auto no_host = [](const std::string& url) {
        size_t sep = url.find("://");
        return sep == std::string::npos || sep + 3 >= url.size() || url[sep + 3] == '/';
      };
      if (rule.kind == RuleKind::Endpoint && rule.params.contains("from") &&
          no_host(rule.params.at("from")))
        error(t.get("from")->source(),
              fmt::format("{}: \"from\" must be a URL such as https://api.openai.com/v1", label));
    }
    if (rule.tests.empty() && !rule.id.empty())
      error(at, label + " has no [[rule.test]] example; add at least one");
    for (const RuleTest& test : rule.tests) {
      bool edits = rule.severity == Severity::Edit;
      if (edits && !test.after)
        errors.push_back(fmt::format("{}:{}:1: {}: an edit rule's test needs \"after\"", name_,
                                     test.line, label));
      if (!edits && !test.findings)
        errors.push_back(fmt::format("{}:{}:1: {}: a report rule's test needs \"findings\"", name_,
                                     test.line, label));
    }
  }

  void parse(std::string_view text) {
    toml::table root;
    try {
      root = toml::parse(text, name_);
    } catch (const toml::parse_error& e) {
      errors.push_back(fmt::format("{}:{}:{}: invalid TOML: {}", name_, e.source().begin.line,
                                   e.source().begin.column, e.description()));
      return;
    }
    for (auto&& [k, v] : root) {
      if (k.str() != "rule")
        error(k.source(), fmt::format("unknown key \"{}\" (a rule file holds [[rule]] tables){}",
                                      k.str(), suggestion(k.str(), {"rule"})));
    }
    const toml::node* rs = root.get("rule");
    if (!rs) return;
    const toml::array* a = rs->as_array();
    if (!a || !a->is_array_of_tables()) {
      error(rs->source(), "\"rule\" must be [[rule]] tables");
      return;
    }
    for (const toml::node& n : *a) parse_rule(*n.as_table());
  }

  std::vector<Rule> rules;
  std::vector<std::string> errors;

 private:
  std::string name_;
};

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error(fmt::format("{}: cannot read rule file", p.string()));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

RuleFileResult parse_rule_file(std::string_view text, const std::string& name) {
  Parser p(name);
  p.parse(text);
  return {std::move(p.rules), std::move(p.errors)};
}

std::vector<Rule> load_rules(bool builtin, const std::vector<std::string>& paths,
                             std::vector<Rule> first) {
  std::vector<Rule> rules = std::move(first);
  std::vector<std::string> errors;
  auto add = [&](std::string_view text, const std::string& name) {
    RuleFileResult r = parse_rule_file(text, name);
    for (auto& rule : r.rules) rules.push_back(std::move(rule));
    for (auto& e : r.errors) errors.push_back(std::move(e));
  };
  if (builtin) {
    for (const EmbeddedFile& f : builtin_rule_files()) add(f.text, f.name);
  }
  for (const std::string& path : paths) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> files;
      for (const auto& e : fs::directory_iterator(path, ec)) {
        if (e.path().extension() == ".toml" && e.is_regular_file()) files.push_back(e.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) add(read_text(f), f.string());
    } else if (fs::exists(path, ec)) {
      add(read_text(path), path);
    } else {
      errors.push_back(fmt::format("{}: no such rule file or folder", path));
    }
  }
  std::map<std::string, const Rule*> seen;
  for (const Rule& r : rules) {
    auto [it, fresh] = seen.emplace(r.id, &r);
    if (!fresh)
      errors.push_back(fmt::format("{}:{}:1: duplicate rule id \"{}\" (first defined at {}:{})",
                                   r.file, r.line, r.id, it->second->file, it->second->line));
  }
  if (!errors.empty()) throw Error(join_errors(errors));
  return rules;
}

}  // namespace holymigrate
