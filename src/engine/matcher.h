// One compiled rule: turns a file's bytes into edits and findings. Matchers
// are pure (no I/O) and shared read-only by the scanning threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/edit.h"
#include "model/rule.h"
#include "model/target.h"

namespace holymigrate {

// Work one matcher did on a file that another matcher of the same scan may
// reuse: RuleSet::scan runs every matcher of a file on one Hits, and the
// three client rules read one Python file alike (tokens, imports). Each kind
// keeps its own subclass; what it holds may point into the file's text,
// which outlives the Hits.
struct ScanMemo {
  virtual ~ScanMemo() = default;
};

struct Hits {
  std::vector<Edit> edits;
  std::vector<Finding> findings;
  std::vector<std::pair<size_t, size_t>> secrets;
  std::vector<ClientSeen> clients;  // client calls recognised (client rules)
  std::vector<std::unique_ptr<ScanMemo>> memos;
};

class Matcher {
 public:
  virtual ~Matcher() = default;
  // An RE2 pattern that matches somewhere in every text this matcher can act
  // on; the rule set runs all of them in one pass to skip whole files.
  virtual std::string prefilter() const = 0;
  virtual void match(std::string_view text, Hits& out) const = 0;
  // A cheap literal check run before match_file() when the prefilter is on:
  // false only when match_file() would certainly find nothing in this file
  // (a client kind: no import of a known SDK). Kinds whose prefilter()
  // already decides keep the default. Must never change a scan's result:
  // tests/corpus/corpus_check compares scans with and without it.
  virtual bool may_act(std::string_view text, std::string_view path) const {
    (void)text;
    (void)path;
    return true;
  }
  // The same, for a file whose path (relative, '/' separators; empty in rule
  // examples) tells its language. Kinds that care about the language
  // override it; the others ignore the path.
  virtual void match_file(std::string_view text, std::string_view path, Hits& out) const {
    (void)path;
    match(text, out);
  }
};

// Builds the matcher for rule.kind (its row in engine/rule_kinds.h). Throws
// Error ("file:line: ...") when the rule's parameters cannot be compiled.
std::unique_ptr<Matcher> make_matcher(const Rule& rule, const Target& target);

// The kinds (engine/kinds/), one row each in engine/rule_kinds.cpp.
std::unique_ptr<Matcher> make_endpoint_matcher(const Rule& rule, const Target& target);
std::unique_ptr<Matcher> make_env_rename_matcher(const Rule& rule, const Target& target);
std::unique_ptr<Matcher> make_secret_matcher(const Rule& rule, const Target& target);
std::unique_ptr<Matcher> make_pattern_matcher(const Rule& rule, const Target& target);
std::unique_ptr<Matcher> make_client_matcher(const Rule& rule, const Target& target);
std::unique_ptr<Matcher> make_model_map_matcher(const Rule& rule, const Target& target);

// Expands "{match}" in a rule message with the (redacted) matched text and
// "${key_env}", "${base_env}", "${anthropic_base_env}", "${to}" with the
// target's values.
std::string expand_message(const std::string& message, std::string_view matched,
                           const Target& target);

}  // namespace holymigrate
