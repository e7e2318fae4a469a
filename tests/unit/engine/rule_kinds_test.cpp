#include "engine/rule_kinds.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace holymigrate;

TEST_CASE("rule kinds: one row per kind, found by its name") {
  const RuleKind all[] = {RuleKind::Pattern, RuleKind::Endpoint, RuleKind::EnvRename,
                          RuleKind::Secret,  RuleKind::Client,   RuleKind::ModelMap};
  CHECK(rule_kinds().size() == std::size(all));
  std::set<std::string_view> names;
  for (RuleKind k : all) {
    const RuleKindRow& row = rule_kind(k);
    CAPTURE(std::string(row.name));
    CHECK(row.kind == k);
    CHECK(static_cast<bool>(row.make));
    CHECK(row.docs.starts_with("docs/behaviour.md §"));
    CHECK(to_string(k) == row.name);
    REQUIRE(rule_kind_named(row.name) != nullptr);
    CHECK(rule_kind_named(row.name)->kind == k);
    names.insert(row.name);
  }
  CHECK(names == std::set<std::string_view>{"pattern", "endpoint", "env-rename", "secret", "client",
                                            "model-map"});
  CHECK(rule_kind_named("env_rename") == nullptr);
  CHECK(rule_kind_named("") == nullptr);
}
