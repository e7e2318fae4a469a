// Edits and findings: what scanning one file produces. Offsets are bytes into
// the file as read; edits never overlap once scan() has resolved them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

enum class Severity { Edit, Error, Warning, Info };
const char* to_string(Severity s);
// Returns false when `text` is not a severity name.
bool parse_severity(std::string_view text, Severity& out);

struct Edit {
  size_t begin = 0;  // byte offset of the replaced span
  size_t end = 0;    // one past its last byte
  std::string replacement;
  std::string rule;  // rule id
};

struct Finding {
  size_t begin = 0;
  size_t end = 0;
  std::string rule;
  Severity severity = Severity::Warning;
  std::string message;
  // The message quotes the matched text ({match}): the report shows it as it
  // reads after the edits (docs/behaviour.md §10).
  bool quotes_match = false;
};

// A client call a client rule recognised (docs/behaviour.md §5.2), for the
// plan's facts: engine/scan.cpp turns it into a ClientUse (model/facts.h)
// linked to its edits and findings.
struct ClientSeen {
  std::string rule;
  size_t offset = 0;    // byte offset of the call
  bool fixed = false;   // candidate edits make it explicit
  bool legacy = false;  // left alone beside a client aimed at the target
  // Variables the SDK reads by itself here (minus those passed explicitly).
  std::vector<std::string> reads_env;
  size_t end = 0;  // byte offset just past the call (its closing bracket); 0: not known
  // Explicit and aimed at the target (T, B, A or K in its arguments): a run
  // already moved it, or the project did (docs/behaviour.md §5.2).
  bool aimed = false;
  bool beside_ours = false;  // legacy beside a client in this tool's inserted form
  std::string binds;         // the configuration section its SDK binds first (ClientUse::binds)
};

struct FileResult {
  std::vector<Edit> edits;                         // sorted by begin, non-overlapping
  std::vector<Finding> findings;                   // sorted by begin
  std::vector<std::pair<size_t, size_t>> secrets;  // key spans, for redaction
  std::vector<ClientSeen> clients;                 // by offset
};

// The name a rename edit gives: its replacement up to the first character
// that cannot be in a name. The whole replacement but for one form: a key
// destructured from an env object keeps its binding after the new name
// (`const { OPENAI_API_KEY } = process.env` -> replacement
// `HOLYSHEEP_API_KEY: OPENAI_API_KEY`, docs/behaviour.md §4.3).
std::string_view renamed_name(const Edit& e);

// Applies sorted, non-overlapping edits; every byte outside them is kept.
std::string apply_edits(std::string_view text, const std::vector<Edit>& edits);

// Maps byte offsets to 1-based line and 1-based byte column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  size_t line(size_t offset) const;
  size_t column(size_t offset) const;
  // Byte offset where the given 1-based line starts.
  size_t line_start(size_t line) const;
  size_t line_count() const { return starts_.size(); }
  // Where each line starts, in bytes: 0, then the byte after each '\n'
  // (text.size() when the text ends with one).
  const std::vector<size_t>& starts() const { return starts_; }

 private:
  std::vector<size_t> starts_;
};

}  // namespace holymigrate
