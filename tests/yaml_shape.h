// Test support: what pass 2 relies on when it skips parsing an edited YAML
// file (engine/yaml_regions.h, YamlSpot): an edit that keeps_structure()
// allows at its spot leaves the file exactly as valid as before, with the
// same nodes and the same keys. Shared by the unit table, corpus_check and
// fuzz_validate.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/yaml_stream.h"

namespace holymigrate::testing {

// The outline's shape: kinds, flow style and every key's value, with the
// values of non-key scalars left out (an edit may change those).
inline void yaml_shape(const YamlNode& n, bool key, std::string& out) {
  switch (n.kind) {
    case YamlNode::Kind::Scalar:
      out += key ? "k<" + n.value + ">" : "s";
      out += n.flow ? "q" : "";
      return;
    case YamlNode::Kind::Alias:
      out += "*";
      return;
    case YamlNode::Kind::Mapping:
    case YamlNode::Kind::Sequence: {
      out += n.is_mapping() ? "{" : "[";
      out += n.flow ? "f" : "";
      for (size_t i = 0; i < n.items.size(); ++i) {
        yaml_shape(n.items[i], key || (n.is_mapping() && i % 2 == 0), out);
        out += ",";
      }
      out += n.is_mapping() ? "}" : "]";
      return;
    }
  }
}

inline std::string yaml_shape(std::string_view text) {
  std::optional<std::vector<YamlNode>> docs = yaml_outline(text);
  if (!docs) return "(does not parse)";
  std::string out;
  for (const YamlNode& d : *docs) {
    yaml_shape(d, false, out);
    out += "|";
  }
  return out;
}

// nullopt when `before` and `after` are alike (valid or not alike, and the
// same shape); else what differs.
inline std::optional<std::string> yaml_unlike(std::string_view before, std::string_view after) {
  const bool was = !yaml_check(before).has_value(), is = !yaml_check(after).has_value();
  if (was != is)
    return std::string(was ? "valid before, not after" : "not valid before, valid after");
  std::string a = yaml_shape(before), b = yaml_shape(after);
  if (a != b) return "shape " + a + " became " + b;
  return std::nullopt;
}

// Replacements tried at each spot: what the rules write (URLs, names) and
// what would break a structure if it were allowed where it does not fit.
inline const std::vector<std::string>& yaml_trial_replacements() {
  static const std::vector<std::string> r = {"https://api.holysheep.ai/v1",
                                             "HOLYSHEEP_API_KEY",
                                             "x",
                                             "a:b",
                                             "a: b",
                                             "a:",
                                             ": ",
                                             "#",
                                             " #x",
                                             " x",
                                             "x ",
                                             "a b",
                                             "\"",
                                             "'",
                                             "\\",
                                             "-",
                                             "- x",
                                             "",
                                             "{",
                                             "}",
                                             "[x]",
                                             "x,y",
                                             "|",
                                             ">",
                                             "---",
                                             "\t",
                                             "&a",
                                             "*a",
                                             "!t",
                                             "%",
                                             "@",
                                             "`",
                                             "?"};
  return r;
}

}  // namespace holymigrate::testing
