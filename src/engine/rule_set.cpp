#include "engine/rule_set.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "engine/meaning.h"
#include "engine/rule_file.h"
#include "util/error.h"
#include "util/glob.h"
#include "util/text_search.h"

namespace holymigrate {

RuleSet::RuleSet(std::vector<Rule> rules, const Target& target)
    : rules_(std::move(rules)), target_(target) {
  std::vector<std::string> errors;
  RE2::Options o;
  o.set_log_errors(false);
  prefilter_ = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  std::vector<std::string> patterns;
  for (const Rule& rule : rules_) {
    try {
      matchers_.push_back(make_matcher(rule, target_));
    } catch (const Error& e) {
      errors.push_back(e.what());
      matchers_.push_back(nullptr);
      continue;
    }
    std::string why;
    patterns.push_back(matchers_.back()->prefilter());
    if (prefilter_->Add(patterns.back(), &why) < 0)
      errors.push_back(
          fmt::format("{}:{}: rule \"{}\": bad pattern: {}", rule.file, rule.line, rule.id, why));
    auto compile = [&](const std::vector<std::string>& texts) {
      std::vector<Glob> globs;
      for (const std::string& g : texts) {
        Expected<Glob> glob = Glob::parse(g);
        if (glob)
          globs.push_back(std::move(glob.value()));
        else
          errors.push_back(
              fmt::format("{}:{}: rule \"{}\": {}", rule.file, rule.line, rule.id, glob.error()));
      }
      return globs;
    };
    file_globs_.push_back(compile(rule.files));
    path_includes_.push_back(compile(rule.path_include));
    path_excludes_.push_back(compile(rule.path_exclude));
    if (rule.kind == RuleKind::EnvRename) rename_rules_.insert(rule.id);
  }
  if (!errors.empty()) throw Error(join_errors(errors));
  if (!prefilter_->Compile()) throw Error("cannot compile the rules' prefilter: out of memory");
  // Hyperscan compiles in a child process meanwhile (engine/fast_prefilter.h):
  // the run discovers its files before it asks, and rest_ waits for that.
  fast_ = std::make_unique<FastPrefilter>(patterns);
  patterns_ = std::move(patterns);
  rest_once_ = std::make_unique<std::once_flag>();
}

void RuleSet::build_rest() const {
  std::call_once(*rest_once_, [&] {
    if (!fast_->enabled()) return;
    RE2::Options o;
    o.set_log_errors(false);
    rest_ = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (size_t i = 0; i < patterns_.size(); ++i)
      if (!fast_->covers(i) && rest_->Add(patterns_[i], nullptr) >= 0)
        rest_ids_.push_back(static_cast<int>(i));
    if (rest_ids_.empty() || !rest_->Compile()) rest_.reset();
  });
}

// The rules whose prefilter pattern may match `text` (indices, any order):
// Hyperscan for the patterns it covers and the RE2::Set for the rest, or the
// RE2::Set alone. Every rule when a DFA runs out of memory: better to run
// them all than to skip a file that might need edits.
std::vector<int> RuleSet::candidates(std::string_view text) const {
  std::vector<int> out;
  auto all = [&] {
    out.clear();
    for (size_t i = 0; i < matchers_.size(); ++i) out.push_back(static_cast<int>(i));
  };
  auto set_match = [&](const RE2::Set& set, std::vector<int>& found) {
    RE2::Set::ErrorInfo info;
    if (set.Match(re2::StringPiece(text.data(), text.size()), &found, &info)) return true;
    return info.kind == RE2::Set::kNoError || info.kind == RE2::Set::kNotCompiled;
  };
  build_rest();
  if (fast_->enabled() && fast_->match(text, out)) {
    if (!rest_) return out;
    std::vector<int> more;
    if (!set_match(*rest_, more)) {
      all();
      return out;
    }
    for (int m : more) out.push_back(rest_ids_[static_cast<size_t>(m)]);
    return out;
  }
  out.clear();
  if (!set_match(*prefilter_, out)) all();
  return out;
}

RuleSet::~RuleSet() = default;

const Rule* RuleSet::rule(std::string_view id) const {
  for (const Rule& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<size_t> suppressed_lines(std::string_view text, const LineIndex& lines) {
  std::vector<size_t> out;
  constexpr std::string_view kMark = "holymigrate: ignore";
  constexpr std::string_view kNext = "-next-line";
  static const Needle kFind(kMark);
  for (size_t pos = kFind.find(text); pos != std::string_view::npos;
       pos = kFind.find(text, pos + 1)) {
    size_t line = lines.line(pos);
    bool next = text.substr(pos + kMark.size(), kNext.size()) == kNext;
    out.push_back(next ? line + 1 : line);
  }
  return out;
}

FileResult RuleSet::scan(std::string_view text, std::string_view path, Prefilter prefilter) const {
  FileResult result;
  std::vector<int> candidates;
  if (prefilter == Prefilter::Off) {
    for (size_t i = 0; i < matchers_.size(); ++i) candidates.push_back(static_cast<int>(i));
  } else {
    candidates = this->candidates(text);
    if (candidates.empty()) return result;
  }
  std::sort(candidates.begin(), candidates.end());
  Hits hits;
  for (int i : candidates) {
    const auto idx = static_cast<size_t>(i);
    const std::vector<Glob>& globs = file_globs_[idx];
    auto any = [&](const std::vector<Glob>& gs) {
      return std::any_of(gs.begin(), gs.end(), [&](const Glob& g) { return g.matches(path); });
    };
    if (!path.empty() && !globs.empty() && !any(globs)) continue;
    if (!path.empty() && !path_includes_[idx].empty() && !any(path_includes_[idx])) continue;
    if (!path.empty() && any(path_excludes_[idx])) continue;
    if (prefilter == Prefilter::On && !matchers_[idx]->may_act(text, path)) continue;
    matchers_[idx]->match_file(text, path, hits);
  }
  if (hits.edits.empty() && hits.findings.empty() && hits.secrets.empty() && hits.clients.empty())
    return result;

  // Order edits by position, then by rule order (stable sort keeps the order
  // in which rules ran), and drop any that overlaps one already kept. A pure
  // insertion goes before a replacement that starts at the same byte: they
  // do not overlap, and both are kept.
  std::stable_sort(hits.edits.begin(), hits.edits.end(), [](const Edit& a, const Edit& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.begin == a.end && b.begin != b.end;
  });
  std::stable_sort(hits.findings.begin(), hits.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  // Lines are counted only in a file that silences some (most do not).
  std::optional<LineIndex> lines;
  std::vector<size_t> quiet;
  static const Needle kIgnore("holymigrate: ignore");
  if (kIgnore.in(text)) {
    lines.emplace(text);
    quiet = suppressed_lines(text, *lines);
  }
  auto silenced = [&](size_t begin, size_t end) {
    if (quiet.empty()) return false;
    size_t first = lines->line(begin), last = lines->line(end > begin ? end - 1 : begin);
    return std::any_of(quiet.begin(), quiet.end(),
                       [&](size_t l) { return l >= first && l <= last; });
  };
  size_t kept_end = 0;
  for (Edit& e : hits.edits) {
    if (e.begin < kept_end || silenced(e.begin, e.end)) continue;
    kept_end = e.end;
    result.edits.push_back(std::move(e));
  }
  for (Finding& f : hits.findings) {
    if (!silenced(f.begin, f.end)) result.findings.push_back(std::move(f));
  }
  result.secrets = std::move(hits.secrets);
  for (ClientSeen& c : hits.clients)
    if (!silenced(c.offset, c.offset + 1)) result.clients.push_back(std::move(c));
  std::stable_sort(result.clients.begin(), result.clients.end(),
                   [](const ClientSeen& a, const ClientSeen& b) { return a.offset < b.offset; });
  keep_meaning(text, path, target_, rename_rules_, result);
  return result;
}

}  // namespace holymigrate
