// A small hand-built Report for the output-format tests: one edit, one error
// finding (a redacted key, a message with % and a newline), one finding after
// a non-ASCII character, in paths that need escaping.
#pragma once

#include "report/fingerprint.h"
#include "report/report.h"
#include "rule_fixture.h"

namespace holymigrate::testing {

inline const RuleSet& sample_rules() { return builtin_rules(); }

inline Report sample_report(Mode mode) {
  Report r;
  r.mode = mode;
  FileReport a;
  a.path = "app/a,b:c.py";
  a.edits.push_back(
      {"openai-endpoint",
       {3, 9, 9},
       {3, 34, 34},
       "https://api.openai.com/v1",
       "https://api.holysheep.ai/v1",
       result_fingerprint("openai-endpoint", a.path, "https://api.openai.com/v1", 1)});
  a.findings.push_back({"hardcoded-key",
                        Severity::Error,
                        {7, 5, 5},
                        {7, 35, 35},
                        "hard-coded API key sk-pro…: 100% sure\nsecond line",
                        "sk-pro…",
                        result_fingerprint("hardcoded-key", a.path, "sk-proj-…", 1)});
  FileReport b;
  b.path = "web/ü.js";
  // Byte column 5 is UTF-16 column 4: the line starts with "é" (2 bytes).
  b.findings.push_back(
      {"azure-endpoint",
       Severity::Warning,
       {2, 5, 4},
       {2, 30, 29},
       "Azure, really: yes",
       "https://x.openai.azure.com",
       result_fingerprint("azure-endpoint", b.path, "https://x.openai.azure.com", 1)});
  r.files = {a, b};
  r.summary.files_read = 3;
  r.summary.files_changed = 1;
  r.summary.edits_by_rule["openai-endpoint"] = 1;
  r.summary.findings_by_severity["error"] = 1;
  r.summary.findings_by_severity["warning"] = 1;
  return r;
}

}  // namespace holymigrate::testing
