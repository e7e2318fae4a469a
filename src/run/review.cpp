#include "run/review.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <numeric>
#include <set>

#include "io/interrupt.h"
#include "migrate/edit_diff.h"

namespace holymigrate {
namespace {

constexpr const char* kHelp =
    "y - apply this change\n"
    "n - do not apply this change\n"
    "a - apply this change and every later change in this file\n"
    "d - do not apply this change or any later change in this file\n"
    "q - quit: apply nothing more (what was accepted so far is written)\n"
    "? - print this help\n"
    "Hunks that are shown together are tied: they are applied together or not at all.\n";

// Hunks of one question are found with a union-find over hunk numbers.
size_t root(std::vector<size_t>& parent, size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// The edits of file `f` that `q` holds and the helpers they bring, as they
// would be written, by offset.
std::vector<Edit> edits_in(const Question& q, size_t f, const FileScan& scan, const Plan& plan) {
  const FilePlan& decided = plan.file(scan.index);
  std::vector<size_t> mine;
  for (const std::vector<EditRef>* refs : {&q.edits, &q.helpers})
    for (const EditRef& r : *refs)
      if (r.file == f) mine.push_back(r.edit);
  std::sort(mine.begin(), mine.end());  // FileScan::edits are by offset
  std::vector<Edit> out;
  for (size_t e : mine) {
    out.push_back(scan.edits[e].edit);
    if (auto it = decided.replacements.find(e); it != decided.replacements.end())
      out.back().replacement = it->second;
  }
  return out;
}

// Why the hunks of `q` come together, or "" for a single hunk.
std::string tie_lines(const Question& q) {
  if (q.hunks < 2) return {};
  std::string out = fmt::format(
      "{} hunks in {} {}, tied: applied together or not at all (docs/behaviour.md §11)\n", q.hunks,
      q.files, q.files == 1 ? "file" : "files");
  for (const std::string& v : q.variables)
    out += fmt::format("  {} is renamed everywhere or nowhere\n", v);
  if (q.client_edits_of_file)
    out += "  the client fixes of one file (the parts of each fix cannot be told apart there)\n";
  else if (q.client)
    out += q.variables.empty()
               ? "  a client fix and the edits inside its call\n"
               : "  a client fix needs the renames of the variables its SDK reads\n";
  return out;
}

}  // namespace

void StreamTerminal::say(std::string_view text) {
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

std::optional<std::string> StreamTerminal::answer() {
  std::string line;
  for (;;) {
    int c = std::fgetc(in_);
    if (c == EOF) {
      // A signal (Ctrl-C) or the end of input: quit; a partial line counts.
      std::clearerr(in_);
      if (line.empty()) return std::nullopt;
      return line;
    }
    if (c == '\n') return line;
    line.push_back(static_cast<char>(c));
  }
}

std::vector<Question> review_questions(const std::vector<FileScan>& scans, const Plan& plan,
                                       const RuleSet& rules) {
  const Ties tied = tied_edits(scans, plan, rules);
  const std::vector<TiedEdits>& ties = tied.groups;
  // Hunks: kept edits of one file in order, a new hunk when the next edit
  // starts more than 6 lines after the previous one ends (their 3 lines of
  // context would not touch).
  std::map<EditRef, size_t> hunk_of;
  std::vector<EditRef> hunk_first;  // each hunk's first edit
  {
    std::vector<EditRef> all;
    for (const TiedEdits& t : ties) all.insert(all.end(), t.edits.begin(), t.edits.end());
    std::sort(all.begin(), all.end());
    for (size_t i = 0; i < all.size(); ++i) {
      bool joins = i > 0 && all[i - 1].file == all[i].file &&
                   scans[all[i].file].edits[all[i].edit].begin.line <=
                       scans[all[i - 1].file].edits[all[i - 1].edit].end.line + 6;
      if (!joins) hunk_first.push_back(all[i]);
      hunk_of[all[i]] = hunk_first.size() - 1;
    }
  }
  std::vector<size_t> parent(hunk_first.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const TiedEdits& t : ties)
    for (const EditRef& e : t.edits) {
      size_t a = root(parent, hunk_of[t.edits.front()]), b = root(parent, hunk_of[e]);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  // Roots are each question's first hunk, so questions come in hunk order.
  std::map<size_t, Question> by_root;
  for (const auto& [ref, hunk] : hunk_of) by_root[root(parent, hunk)].edits.push_back(ref);
  for (const TiedEdits& t : ties) {
    Question& q = by_root[root(parent, hunk_of[t.edits.front()])];
    if (t.edits.size() > 1 || !t.variables.empty()) {
      for (const std::string& v : t.variables)
        if (std::find(q.variables.begin(), q.variables.end(), v) == q.variables.end())
          q.variables.push_back(v);
    }
    q.client = q.client || (t.client && t.edits.size() > 1);
    q.client_edits_of_file = q.client_edits_of_file || t.client_edits_of_file;
  }
  std::map<EditRef, std::vector<EditRef>> helpers_of;  // a fix -> the helpers it brings
  for (const HelperEdit& h : tied.helpers)
    for (const EditRef& fix : h.needed_by) helpers_of[fix].push_back(h.edit);
  std::vector<Question> out;
  for (auto& [first, q] : by_root) {
    for (const EditRef& e : q.edits)
      if (auto it = helpers_of.find(e); it != helpers_of.end())
        q.helpers.insert(q.helpers.end(), it->second.begin(), it->second.end());
    std::sort(q.helpers.begin(), q.helpers.end());
    q.helpers.erase(std::unique(q.helpers.begin(), q.helpers.end()), q.helpers.end());
    std::set<size_t> hunks, files;
    for (const EditRef& e : q.edits) hunks.insert(hunk_of[e]), files.insert(e.file);
    q.hunks = hunks.size();
    q.files = files.size();
    std::sort(q.variables.begin(), q.variables.end());
    out.push_back(std::move(q));
  }
  return out;
}

std::vector<bool> ask_questions(const std::vector<Question>& questions,
                                const std::function<std::string(const Question&)>& show,
                                Terminal& t) {
  std::vector<bool> accepted(questions.size(), false);
  enum class Rest { Ask, AcceptFile, RefuseFile };
  Rest rest = Rest::Ask;
  size_t rest_file = 0;
  for (size_t i = 0; i < questions.size(); ++i) {
    const size_t file = questions[i].edits.front().file;
    if (rest != Rest::Ask && file == rest_file) {
      accepted[i] = rest == Rest::AcceptFile;
      continue;
    }
    rest = Rest::Ask;
    t.say(show(questions[i]));
    for (;;) {
      t.say(fmt::format("({}/{}) Apply {} [y,n,a,d,q,?]? ", i + 1, questions.size(),
                        questions[i].hunks == 1
                            ? "this hunk"
                            : fmt::format("these {} hunks", questions[i].hunks)));
      std::optional<std::string> line = t.answer();
      if (!line) {
        t.say("\n");
        return accepted;  // quit: this one and the rest refused
      }
      size_t at = line->find_first_not_of(" \t\r");
      char c = at == std::string::npos ? '\0' : static_cast<char>(std::tolower((*line)[at]));
      if (c == 'y' || c == 'a') accepted[i] = true;
      if (c == 'a' || c == 'd') rest = c == 'a' ? Rest::AcceptFile : Rest::RefuseFile;
      rest_file = file;
      if (c == 'q') return accepted;
      if (c == 'y' || c == 'n' || c == 'a' || c == 'd') break;
      if (c != '\0') t.say(kHelp);  // '?' and anything not understood
    }
  }
  return accepted;
}

void review_interactively(Workspace& ws, uint64_t max_size, const std::vector<FileScan>& scans,
                          Plan& plan, const RuleSet& rules, Terminal& t, Colors colors) {
  std::vector<Question> questions = review_questions(scans, plan, rules);
  if (questions.empty()) return;
  auto show = [&](const Question& q) {
    std::string text;
    std::set<size_t> files;
    for (const EditRef& e : q.edits) files.insert(e.file);
    for (size_t f : files) {
      const FileScan& scan = scans[f];
      ReadFile file = ws.read(scan.file, max_size);
      if (file.skipped || file.stamp != scan.stamp) {
        text += scan.file.display + ": changed on disk since it was read; it will not be written\n";
        continue;
      }
      std::vector<Edit> edits = edits_in(q, f, scan, plan);
      std::string after = apply_edits(file.bytes, edits);
      FileMode mode = (scan.stamp.mode & 0100) ? FileMode::Executable : FileMode::Regular;
      std::string diff = display_diff(scan.file.display, file.bytes, after, edits, mode);
      text += colors == Colors::On ? colorize_diff(diff) : diff;
    }
    return tie_lines(q) + text;
  };
  std::vector<bool> accepted = ask_questions(questions, show, t);
  if (stop_requested()) {
    // Ctrl-C at a question stops the run: pass 2 starts no file, so nothing
    // is written (docs/behaviour.md §6).
    t.say("\nstopped: nothing is written\n\n");
    return;
  }
  size_t yes = std::count(accepted.begin(), accepted.end(), true);
  t.say(fmt::format("{} of {} {} accepted{}\n\n", yes, questions.size(),
                    questions.size() == 1 ? "change" : "changes",
                    yes ? "; writing them" : ": nothing is written"));
  // A helper stays when one question that brings it was accepted.
  std::set<EditRef> helpers, wanted;
  for (size_t i = 0; i < questions.size(); ++i) {
    helpers.insert(questions[i].helpers.begin(), questions[i].helpers.end());
    if (accepted[i]) wanted.insert(questions[i].helpers.begin(), questions[i].helpers.end());
    if (!accepted[i])
      for (const EditRef& e : questions[i].edits) plan.drop_edit(scans[e.file].index, e.edit);
  }
  for (const EditRef& h : helpers)
    if (!wanted.count(h)) plan.drop_edit(scans[h.file].index, h.edit);
}

}  // namespace holymigrate
