// The rule kinds (docs/behaviour.md §9): one row each, so that a kind's
// name, its matcher and where it is described sit in one place.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "engine/matcher.h"
#include "model/rule.h"
#include "model/target.h"

namespace holymigrate {

struct RuleKindRow {
  RuleKind kind;
  std::string_view name;  // as rule files write it: kind = "env-rename"
  // Compiles a rule of this kind; throws Error ("file:line: ...") when its
  // parameters cannot be compiled.
  std::unique_ptr<Matcher> (*make)(const Rule& rule, const Target& target);
  std::string_view docs;  // the section of docs/behaviour.md that describes it
};

// Every kind, in the order messages list them.
std::span<const RuleKindRow> rule_kinds();
const RuleKindRow& rule_kind(RuleKind kind);
// The kind a rule file names, or nullptr for an unknown name.
const RuleKindRow* rule_kind_named(std::string_view name);
// "pattern", "endpoint", "env-rename", "secret", "client", "model-map".
std::string_view to_string(RuleKind kind);

}  // namespace holymigrate
