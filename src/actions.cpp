#include "actions.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace holymigrate {
namespace {

const Rule* rule_by_id(const RuleSet& rules, std::string_view id) {
  for (const Rule& r : rules.rules())
    if (r.id == id) return &r;
  return nullptr;
}

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The identifier an edit sits in, before and after: a kept framework prefix
// (VITE_) belongs to the name.
std::pair<std::string, std::string> renamed(std::string_view text, const Edit& e) {
  size_t b = e.begin;
  while (b > 0 && ident_char(text[b - 1])) --b;
  std::string prefix(text.substr(b, e.begin - b));
  return {prefix + std::string(text.substr(e.begin, e.end - e.begin)), prefix + e.replacement};
}

std::string_view file_name(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool follows(std::string_view text, size_t pos, std::string_view what) {
  return pos >= what.size() && text.substr(pos - what.size(), what.size()) == what;
}

}  // namespace

std::vector<std::string> edit_actions(std::string_view path, std::string_view text,
                                      const std::vector<Edit>& edits, const RuleSet& rules) {
  std::vector<std::string> out;
  const std::string& key = rules.target().key_env;
  for (const Edit& e : edits) {
    const Rule* rule = rule_by_id(rules, e.rule);
    if (!rule) continue;
    if (rule->kind == "client" && e.replacement.find(key) != std::string::npos)
      out.push_back(fmt::format("set {} in the environments that run this code", key));
    if (rule->kind != "env-rename") continue;
    auto [old_name, name] = renamed(text, e);
    out.push_back(fmt::format("set {} in the environments that run this code", name));
    size_t start = e.begin - (name.size() - e.replacement.size());
    if (follows(text, start, "secrets."))
      out.push_back(fmt::format("create the repository secret {} (referenced in {})", name, path));
    else if (follows(text, start, "vars."))
      out.push_back(fmt::format("create the repository variable {} (referenced in {})", name, path));
    else if (file_name(path) == ".gitlab-ci.yml")
      out.push_back(
          fmt::format("create the CI/CD variable {} in GitLab (referenced in {})", name, path));
  }
  return out;
}

std::vector<std::string> env_file_actions(std::string_view path, std::string_view text,
                                          const RuleSet& rules) {
  std::vector<std::string> out;
  const Target& t = rules.target();
  for (const Edit& e : rules.scan(text, path).edits) {
    const Rule* rule = rule_by_id(rules, e.rule);
    if (!rule || rule->kind != "env-rename") continue;
    auto [old_name, name] = renamed(text, e);
    std::string what;
    if (e.replacement == t.key_env)
      what = " and put your HolySheep key there";
    else if (e.replacement == t.base_env)
      what = fmt::format(" and set it to {}",
                         old_name.find("ANTHROPIC") != std::string::npos ? t.root() : t.url);
    out.push_back(fmt::format("{}: rename {} to {}{}", path, old_name, name, what));
  }
  return out;
}

void finish_actions(std::vector<std::string>& actions) {
  std::sort(actions.begin(), actions.end());
  actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
}

}  // namespace holymigrate
