// --format github (docs/behaviour.md §10): GitHub Actions workflow commands, which the
// runner turns into annotations on the pull request's diff.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule_set.h"
#include "report/report.h"

namespace holymigrate {

// One command per edit and finding, in report order, then a summary notice:
//   ::error file=P,line=L,col=C,title=RULE::message
// Findings take their severity (error, warning; info is a notice); edits are
// warnings under --check and notices otherwise.
std::string github_report(const Report& report, const RuleSet& rules);

// The runner's escaping (actions/toolkit command.ts): message data escapes
// %, CR and LF; property values (file, title) also ':' and ','.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace holymigrate
