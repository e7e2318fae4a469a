#include "engine/rule_kinds.h"

#include <algorithm>
#include <iterator>

namespace holymigrate {

namespace {

// Ordered as the RuleKind values: rule_kind() indexes this table.
constexpr RuleKindRow kRows[] = {
    {RuleKind::Pattern, "pattern", make_pattern_matcher, "docs/behaviour.md §9"},
    {RuleKind::Endpoint, "endpoint", make_endpoint_matcher, "docs/behaviour.md §3"},
    {RuleKind::EnvRename, "env-rename", make_env_rename_matcher, "docs/behaviour.md §4"},
    {RuleKind::Secret, "secret", make_secret_matcher, "docs/behaviour.md §5.3"},
    {RuleKind::Client, "client", make_client_matcher, "docs/behaviour.md §5.1"},
    {RuleKind::ModelMap, "model-map", make_model_map_matcher, "docs/behaviour.md §8"},
};

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < std::size(kRows); ++i)
    if (static_cast<size_t>(kRows[i].kind) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "kRows: one row per RuleKind, in the enum's order");

}  // namespace

std::span<const RuleKindRow> rule_kinds() { return kRows; }

const RuleKindRow& rule_kind(RuleKind kind) { return kRows[static_cast<size_t>(kind)]; }

const RuleKindRow* rule_kind_named(std::string_view name) {
  auto it = std::find_if(std::begin(kRows), std::end(kRows),
                         [&](const RuleKindRow& r) { return r.name == name; });
  return it == std::end(kRows) ? nullptr : &*it;
}

std::string_view to_string(RuleKind kind) { return rule_kind(kind).name; }

std::unique_ptr<Matcher> make_matcher(const Rule& rule, const Target& target) {
  return rule_kind(rule.kind).make(rule, target);
}

}  // namespace holymigrate
