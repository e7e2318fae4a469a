// kind = "model-map" (docs/behaviour.md §8 [models]): a quoted string whose whole content
// is the model name `from` becomes `to`, quotes kept. Any quote works ("",
// '', ``), and so does a JSON-escaped one (\"gpt-4o\" in a notebook); a
// longer name ("gpt-4o-mini", "openai/gpt-4o") is another model and stays.
#include <fmt/format.h>
#include <re2/re2.h>

#include "engine/matcher.h"
#include "util/error.h"
#include "util/text_search.h"

namespace holymigrate {
namespace {

bool is_quote(char c) { return c == '"' || c == '\'' || c == '`'; }

class ModelMapMatcher : public Matcher {
 public:
  ModelMapMatcher(const Rule& rule, const Target& target)
      : rule_(rule.id),
        from_(rule.params.at("from")),
        to_(expand_target(rule.params.at("to"), target)) {}

  std::string prefilter() const override { return RE2::QuoteMeta(from_); }

  void match(std::string_view text, Hits& out) const override {
    const Needle from(from_);
    for (size_t pos = from.find(text); pos != std::string_view::npos;
         pos = from.find(text, pos + 1)) {
      size_t end = pos + from_.size();
      if (pos == 0 || end >= text.size()) continue;
      char open = text[pos - 1];
      if (!is_quote(open)) continue;
      bool escaped = pos >= 2 && text[pos - 2] == '\\';
      bool closes = escaped ? text.substr(end, 2) == std::string{'\\', open} : text[end] == open;
      if (closes) out.edits.push_back({pos, end, to_, rule_});
    }
  }

 private:
  std::string rule_;
  std::string from_;
  std::string to_;
};

}  // namespace

std::unique_ptr<Matcher> make_model_map_matcher(const Rule& rule, const Target& target) {
  if (!rule.params.contains("from") || !rule.params.contains("to") ||
      rule.params.at("from").empty())
    throw Error(fmt::format("{}:{}: rule \"{}\" (kind model-map) needs \"from\" and \"to\"",
                            rule.file, rule.line, rule.id));
  return std::make_unique<ModelMapMatcher>(rule, target);
}

}  // namespace holymigrate
