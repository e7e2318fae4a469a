// The one-line message an edit shows in the SARIF and GitHub formats (the
// text report shows a diff instead), and the rule metadata they share.
#pragma once

#include <string>

#include "engine/rule_set.h"
#include "report/report.h"

namespace holymigrate {

// The rule with this id, or nullptr.
const Rule* find_rule(const RuleSet& rules, const std::string& id);

// "<rule message>: <before> -> <after>", e.g. "OpenAI endpoint -> HolySheep:
// https://api.openai.com/v1 -> https://api.holysheep.ai/v1". Redacted, like
// the EditReport it reads.
std::string edit_message(const EditReport& edit, const RuleSet& rules);

// A rule's message as a description: target filled in, "{match}" shown as "…".
std::string rule_description(const Rule& rule, const Target& target);

// Calls on_edit / on_finding for one file's edits and findings merged in
// position order, as a reviewer reads them.
template <typename OnEdit, typename OnFinding>
void for_each_result(const FileReport& file, OnEdit on_edit, OnFinding on_finding) {
  auto before = [](const Position& a, const Position& b) {
    return a.line != b.line ? a.line < b.line : a.column <= b.column;
  };
  size_t e = 0, x = 0;
  while (e < file.edits.size() || x < file.findings.size()) {
    if (x == file.findings.size() ||
        (e < file.edits.size() && before(file.edits[e].begin, file.findings[x].begin))) {
      on_edit(file.edits[e++]);
    } else {
      on_finding(file.findings[x++]);
    }
  }
}

// "3 files read, 1 file to edit, 2 edits, 1 finding (error 1), 0 skipped".
std::string summary_line(const Report& report);

}  // namespace holymigrate
