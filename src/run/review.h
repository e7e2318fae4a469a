// `-i/--interactive` (docs/behaviour.md §10): between the plan and pass 2,
// the kept edits are shown hunk by hunk and the reviewer answers each
// question; the edits refused are dropped from the plan, so pass 2 writes
// only what was accepted (atomically per file, with the usual stamp check
// and format check). Hunks whose edits are tied (plan/ties.h) are one
// question: accepting a client fix without the key rename it needs would
// write the half-migration the plan exists to prevent.
#pragma once

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rule_set.h"
#include "engine/scan.h"
#include "io/workspace.h"
#include "plan/plan.h"
#include "plan/ties.h"
#include "report/report_text.h"

namespace holymigrate {

// Where the questions are asked; tests use a scripted one.
class Terminal {
 public:
  virtual ~Terminal() = default;
  virtual void say(std::string_view text) = 0;
  // One line typed, without its line break; nullopt at the end of input or
  // when a signal interrupted the read (both mean: quit).
  virtual std::optional<std::string> answer() = 0;
};

// A terminal on two streams (stdin and the report's stream).
class StreamTerminal : public Terminal {
 public:
  StreamTerminal(std::FILE* in, std::FILE* out) : in_(in), out_(out) {}
  void say(std::string_view text) override;
  std::optional<std::string> answer() override;

 private:
  std::FILE* in_;
  std::FILE* out_;
};

// One question: the edits of one or more hunks, accepted or refused as one.
struct Question {
  std::vector<EditRef> edits;  // sorted; `file` is a position in the scans vector
  // Helper edits (plan/ties.h: an `import os`) its client fixes bring: shown
  // with it, made when this or another question bringing them is accepted.
  std::vector<EditRef> helpers;
  size_t hunks = 1;  // how many hunks it shows
  size_t files = 1;  // in how many files
  // The variables whose renames tie its hunks, and whether a client fix is
  // among them (for the line that says why they come together).
  std::vector<std::string> variables;
  bool client = false;
  bool client_edits_of_file = false;  // TiedEdits::client_edits_of_file
};

// The questions for the edits `plan` keeps: the edits of one file that a
// 3-line-context diff shows in one hunk (at most 6 lines apart) form a
// hunk; hunks sharing a tie group (plan/ties.h) form one question. Ordered
// by their first edit (path order, then offset).
std::vector<Question> review_questions(const std::vector<FileScan>& scans, const Plan& plan,
                                       const RuleSet& rules);

// Asks each question on `t`: shows `show(q)`, then the prompt
// "(k/N) Apply this hunk [y,n,a,d,q,?]? " until an answer is understood:
//   y  accept  ·  n  refuse  ·  a  accept this and every later question of
//   the same file  ·  d  refuse this and every later question of the same
//   file  ·  q (or end of input)  refuse this and every later one  ·
//   ?  print what each answer does (anything else, too).
// "The same file": the file of the question's first edit. Returns, per
// question, whether it was accepted.
std::vector<bool> ask_questions(const std::vector<Question>& questions,
                                const std::function<std::string(const Question&)>& show,
                                Terminal& t);

// The whole -i step for the pipeline (PipelineOptions::review): builds the
// questions, shows each as the diff of its edits alone (redacted, read
// again from `ws`; coloured when `colors`), asks, and drops every refused
// edit from `plan`.
void review_interactively(Workspace& ws, uint64_t max_size, const std::vector<FileScan>& scans,
                          Plan& plan, const RuleSet& rules, Terminal& t, Colors colors);

}  // namespace holymigrate
