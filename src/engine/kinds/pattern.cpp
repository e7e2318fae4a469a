// kind = "pattern" (docs/behaviour.md §9): a plain RE2 pattern; with `replace`, an edit
// rule (\0-\9 name groups), without, a report rule. A report rule whose
// pattern has a group named `match` reports that group: its span, and its text
// as `{match}`; the rest of the pattern is context (a boundary character, say),
// since RE2 has no lookahead.
#include <fmt/format.h>
#include <re2/re2.h>

#include "engine/matcher.h"
#include "util/error.h"

namespace holymigrate {
namespace {

class PatternMatcher : public Matcher {
 public:
  PatternMatcher(const Rule& rule, const Target& target) : rule_(rule), target_(target) {
    RE2::Options o;
    o.set_log_errors(false);
    re_ = std::make_unique<RE2>(rule.pattern, o);
    if (!re_->ok())
      throw Error(fmt::format("{}:{}: rule \"{}\": bad pattern: {}", rule.file, rule.line, rule.id,
                              re_->error()));
    if (rule.replace) {
      replace_ = expand_target(*rule.replace, target);
      std::string why;
      if (!re_->CheckRewriteString(replace_, &why))
        throw Error(
            fmt::format("{}:{}: rule \"{}\": bad replace: {}", rule.file, rule.line, rule.id, why));
    }
    groups_ = 1 + std::max(re_->NumberOfCapturingGroups(), 0);
    const auto& named = re_->NamedCapturingGroups();
    if (auto it = named.find("match"); it != named.end() && !rule.replace) reported_ = it->second;
    quotes_match_ = rule.message.find("{match}") != std::string::npos;
  }

  std::string prefilter() const override { return rule_.pattern; }

  void match(std::string_view text, Hits& out) const override {
    re2::StringPiece input(text.data(), text.size());
    std::vector<re2::StringPiece> m(static_cast<size_t>(groups_));
    size_t pos = 0;
    // A replacement much longer than what it replaces, on many matches, could
    // need gigabytes: stop at 8 times the file plus 16 MiB (docs/reliability.md).
    const size_t budget = 8 * text.size() + (16u << 20);
    size_t grown = 0;
    while (pos <= text.size() &&
           re_->Match(input, pos, text.size(), RE2::UNANCHORED, m.data(), groups_)) {
      size_t b = static_cast<size_t>(m[0].data() - text.data());
      size_t e = b + m[0].size();
      if (e == b) {  // an empty match edits nothing; step over it
        pos = e + 1;
        continue;
      }
      std::string_view matched = text.substr(b, e - b);
      if (rule_.replace) {
        std::string replacement;
        re_->Rewrite(&replacement, replace_, m.data(), groups_);
        grown += replacement.size();
        if (grown > budget)
          throw Error(fmt::format(
              "{}:{}: rule \"{}\": its replacements would turn a {}-byte file into more than {} "
              "bytes; make `replace` shorter or `pattern` narrower",
              rule_.file, rule_.line, rule_.id, text.size(), budget));
        if (replacement != matched) out.edits.push_back({b, e, replacement, rule_.id});
      } else {
        const re2::StringPiece& shown = m[static_cast<size_t>(reported_)];
        size_t sb = shown.data() ? static_cast<size_t>(shown.data() - text.data()) : b;
        size_t se = shown.data() ? sb + shown.size() : e;
        out.findings.push_back({sb, se, rule_.id, rule_.severity,
                                expand_message(rule_.message, text.substr(sb, se - sb), target_),
                                quotes_match_});
      }
      pos = e;
    }
  }

 private:
  Rule rule_;
  Target target_;
  std::string replace_;
  std::unique_ptr<RE2> re_;
  int groups_ = 1;
  int reported_ = 0;
  bool quotes_match_ = false;  // the group a report rule's finding covers (0: the whole match)
};

}  // namespace

std::unique_ptr<Matcher> make_pattern_matcher(const Rule& rule, const Target& target) {
  return std::make_unique<PatternMatcher>(rule, target);
}

}  // namespace holymigrate
