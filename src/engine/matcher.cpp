#include "engine/matcher.h"

#include <fmt/format.h>

#include "util/error.h"
#include "util/redact.h"

namespace holymigrate {

std::unique_ptr<Matcher> make_matcher(const Rule& rule, const Target& target) {
  if (rule.kind == "endpoint") return make_endpoint_matcher(rule, target);
  if (rule.kind == "env-rename") return make_env_rename_matcher(rule, target);
  if (rule.kind == "secret") return make_secret_matcher(rule, target);
  if (rule.kind == "pattern") return make_pattern_matcher(rule, target);
  if (rule.kind == "client") return make_client_matcher(rule, target);
  if (rule.kind == "model-map") return make_model_map_matcher(rule, target);
  throw Error(fmt::format("{}:{}: rule \"{}\": unknown kind \"{}\"", rule.file, rule.line, rule.id,
                          rule.kind));
}

std::string expand_target(std::string text, const Target& target) {
  const std::pair<const char*, std::string> vars[] = {
      {"${to}", target.url},
      {"${root}", target.root()},
      {"${host}", target.host()},
      {"${key_env}", target.key_env},
      {"${base_env}", target.base_env},
      {"${anthropic_base_env}", target.anthropic_base_env}};
  for (const auto& [name, value] : vars) {
    for (size_t pos = text.find(name); pos != std::string::npos;
         pos = text.find(name, pos + value.size())) {
      text.replace(pos, std::string_view(name).size(), value);
    }
  }
  return text;
}

std::string expand_message(const std::string& message, std::string_view matched,
                           const Target& target) {
  std::string text = expand_target(message, target);
  std::string shown = redact(matched);
  for (size_t pos = text.find("{match}"); pos != std::string::npos;
       pos = text.find("{match}", pos + shown.size())) {
    text.replace(pos, 7, shown);
  }
  return text;
}

}  // namespace holymigrate
