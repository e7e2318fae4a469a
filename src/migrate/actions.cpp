#include "migrate/actions.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "engine/rule_set.h"
#include "util/file_format.h"
#include "util/yaml_stream.h"

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
  return {prefix + std::string(text.substr(e.begin, e.end - e.begin)),
          prefix + std::string(renamed_name(e))};
}

std::string_view file_name(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool follows(std::string_view text, size_t pos, std::string_view what) {
  return pos >= what.size() && text.substr(pos - what.size(), what.size()) == what;
}

// docs/behaviour.md §4.6: a renamed `key:` of a Kubernetes secretKeyRef /
// configMapKeyRef names a key the Secret / ConfigMap must now hold.
void store_key_actions(std::string_view path, std::string_view text, const std::vector<Edit>& edits,
                       const YamlNode& node, std::vector<ActionItem>& out) {
  for (size_t i = 0; node.is_mapping() && i + 1 < node.items.size(); i += 2) {
    const YamlNode& k = node.items[i];
    const YamlNode& ref = node.items[i + 1];
    bool secret = k.value == "secretKeyRef";
    if (!(secret || k.value == "configMapKeyRef") || !ref.is_mapping()) continue;
    const YamlNode* key = ref.get("key");
    const YamlNode* name = ref.get("name");
    if (!key || !key->is_scalar()) continue;
    bool renamed = std::any_of(edits.begin(), edits.end(), [&](const Edit& e) {
      return e.begin >= key->begin && e.end <= key->end;
    });
    if (!renamed) continue;
    std::vector<Edit> inside;
    for (const Edit& e : edits)
      if (e.begin >= key->begin && e.end <= key->end)
        inside.push_back({e.begin - key->begin, e.end - key->begin, e.replacement, e.rule});
    std::string new_key = apply_edits(text.substr(key->begin, key->end - key->begin), inside);
    out.push_back({fmt::format("add key {} to {} {} (it holds {} today)", new_key,
                               secret ? "Secret" : "ConfigMap",
                               name && name->is_scalar() ? name->value : "(unnamed)", key->value),
                   std::string(path)});
  }
  for (const YamlNode& c : node.items) store_key_actions(path, text, edits, c, out);
}

}  // namespace

std::vector<ActionItem> edit_actions(std::string_view path, std::string_view text,
                                     const std::vector<Edit>& edits, const RuleSet& rules) {
  std::vector<ActionItem> out;
  const std::string& key = rules.target().key_env;
  const bool github =
      path.starts_with(".github/") || path.find("/.github/") != std::string_view::npos;
  const std::string file(path);
  for (const Edit& e : edits) {
    const Rule* rule = rule_by_id(rules, e.rule);
    if (!rule) continue;
    if (rule->kind == RuleKind::Client && e.replacement.find(key) != std::string::npos)
      out.push_back({fmt::format("set {} in the environments that run this code", key), ""});
    if (rule->kind != RuleKind::EnvRename) continue;
    auto [old_name, name] = renamed(text, e);
    if (renamed_name(e) == rules.target().anthropic_base_env)
      out.push_back({fmt::format("set {} to {} in the environments that run this code "
                                 "(Anthropic SDKs add /v1 themselves)",
                                 name, rules.target().root()),
                     ""});
    else
      out.push_back({fmt::format("set {} in the environments that run this code", name), ""});
    size_t start = e.begin - (name.size() - renamed_name(e).size());
    if (follows(text, start, "secrets."))
      out.push_back(
          {(github ? "create the repository secret " : "provide the secret ") + name, file});
    else if (github && follows(text, start, "vars."))
      out.push_back({fmt::format("create the repository variable {}", name), file});
    else if (file_name(path) == ".gitlab-ci.yml")
      out.push_back({fmt::format("create the CI/CD variable {} in GitLab", name), file});
  }
  if (format_of(path) == FileFormat::Yaml &&
      (text.find("secretKeyRef") != std::string_view::npos ||
       text.find("configMapKeyRef") != std::string_view::npos)) {
    if (std::optional<std::vector<YamlNode>> docs = yaml_outline(text))
      for (const YamlNode& d : *docs) store_key_actions(path, text, edits, d, out);
  }
  return out;
}

std::vector<ActionItem> env_file_actions(std::string_view path, std::string_view text,
                                         const RuleSet& rules) {
  std::vector<ActionItem> out;
  const Target& t = rules.target();
  for (const Edit& e : rules.scan(text, path).edits) {
    const Rule* rule = rule_by_id(rules, e.rule);
    if (!rule || rule->kind != RuleKind::EnvRename) continue;
    auto [old_name, name] = renamed(text, e);
    std::string what;
    if (renamed_name(e) == t.key_env)
      what = " and put your HolySheep key there";
    else if (renamed_name(e) == t.base_env)
      what = fmt::format(" and set it to {}", t.url);
    else if (renamed_name(e) == t.anthropic_base_env)
      what = fmt::format(" and set it to {}", t.root());
    out.push_back({fmt::format("{}: rename {} to {}{}", path, old_name, name, what), ""});
  }
  return out;
}

}  // namespace holymigrate
