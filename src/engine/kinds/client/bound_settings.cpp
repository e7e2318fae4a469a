#include "engine/kinds/client/bound_settings.h"

#include "util/yaml_stream.h"

namespace holymigrate {
namespace {

// One row per SDK: the configuration files (name prefix and suffix; the
// base file is prefix + suffix, an environment's is prefix.<Env>suffix),
// the section the SDK binds, and the keys of that section the plan needs.
struct SettingsRow {
  std::string_view prefix, suffix;
  std::string_view section;
  std::vector<std::string_view> keys;
};

const std::vector<SettingsRow>& rows() {
  static const std::vector<SettingsRow> r = {
      {"appsettings", ".json", "OpenAIServiceOptions", {"BaseDomain"}},  // betalgo/openai
  };
  return r;
}

}  // namespace

std::vector<BoundSetting> bound_settings(std::string_view path, std::string_view text) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::vector<BoundSetting> out;
  for (const SettingsRow& row : rows()) {
    if (!name.starts_with(row.prefix) || !name.ends_with(row.suffix)) continue;
    if (text.find(row.section) == std::string_view::npos) continue;  // most files: no parse
    std::optional<std::vector<YamlNode>> docs = yaml_outline(text);
    if (!docs || docs->size() != 1) continue;
    const YamlNode* section = docs->front().get(row.section);
    if (!section || !section->is_mapping()) continue;
    for (std::string_view key : row.keys) {
      const YamlNode* v = section->get(key);
      if (!v || !v->is_scalar()) continue;
      BoundSetting s;
      s.section = row.section;
      s.key = key;
      s.value = v->value;
      s.begin = v->begin;
      s.end = v->end;
      s.base_file = name.size() == row.prefix.size() + row.suffix.size();
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace holymigrate
