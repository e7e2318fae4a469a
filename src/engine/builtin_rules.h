// The built-in rule files, embedded at build time from rules/*.toml
// (cmake/embed_rules.cmake generates the definition).
#pragma once

#include <string>
#include <vector>

namespace holymigrate {

struct EmbeddedFile {
  std::string name;  // "rules/endpoint.toml"
  std::string text;
};

const std::vector<EmbeddedFile>& builtin_rule_files();

}  // namespace holymigrate
