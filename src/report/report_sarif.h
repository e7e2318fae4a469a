// --format sarif (docs/behaviour.md §10): SARIF 2.1.0 for code scanning (GitHub, GitLab,
// Azure DevOps). Valid under Microsoft's validator (`sarif-multitool
// validate`); the e2e case sarif-validates runs it when it is installed.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule_set.h"
#include "report/fingerprint.h"
#include "report/report.h"

namespace holymigrate {

// One run: tool.driver with every loaded rule (id, descriptions, default
// level, help), one result per edit (with a fix holding the replacement) and
// per finding, regions in UTF-16 columns, partialFingerprints that survive
// lines inserted above a result. Texts come redacted from the Report.
std::string sarif_report(const Report& report, const RuleSet& rules);

// A relative path as a URI reference: every byte but unreserved characters
// and '/' percent-encoded (a ':' in the first segment would read as a scheme).
std::string path_to_uri(std::string_view path);

}  // namespace holymigrate
