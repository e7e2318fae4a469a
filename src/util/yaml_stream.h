// YAML read with libfyaml (Debian libfyaml-dev), never printing anything:
// yaml_check() loads every document with duplicate keys rejected (as GitHub
// Actions and compose reject them); yaml_outline() gives the structure with
// byte spans into the text, so callers can map keys and entries back to the
// bytes they edit (docs/behaviour.md §4.6, §11).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace holymigrate {

struct YamlError {
  int line = 0;         // 1-based; 0 when the library gave none
  std::string message;  // the library's words, e.g. "duplicate key"
};

// nullopt when every document of `text` loads; the first error otherwise.
// Reads the event stream first and loads the documents (yaml_load_check())
// only when that cannot tell: a repeated key, a key that is a collection or
// an alias or has an anchor or tag, deep nesting, or a parse error.
std::optional<YamlError> yaml_check(std::string_view text);

// The same answer by loading every document (libfyaml's node tree, duplicate
// keys rejected): the reference the unit table holds yaml_check() to.
std::optional<YamlError> yaml_load_check(std::string_view text);

struct YamlNode {
  enum class Kind { Scalar, Mapping, Sequence, Alias };
  Kind kind = Kind::Scalar;
  bool flow = false;            // written in flow style ({...} / [...]) or, for a scalar, quoted
  size_t begin = 0;             // byte span in the text (a quoted scalar's quotes included);
                                // for a collection, from its first
  size_t end = 0;               // byte to the end of its last descendant (or its closing bracket)
  std::string value;            // a scalar's value (unescaped)
  std::vector<YamlNode> items;  // mapping: key, value, key, value, ...; sequence: the items

  bool is_mapping() const { return kind == Kind::Mapping; }
  bool is_sequence() const { return kind == Kind::Sequence; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  // The value of key `key` in a mapping; nullptr when absent or not a mapping.
  const YamlNode* get(std::string_view key) const;
};

// One event of a document's event stream, with byte spans as yaml_outline()
// gives them (YAML 1.2 §3.1's serialization tree, read in order).
struct YamlEvent {
  enum class Kind { MappingStart, MappingEnd, SequenceStart, SequenceEnd, Scalar, Alias };
  Kind kind = Kind::Scalar;
  // A collection written in flow style ({...} / [...]), or a quoted scalar.
  bool flow = false;
  // A block scalar (literal `|` or folded `>`): its span is its content
  // lines, from the first one's start (indentation included), not its header.
  bool block = false;
  // Bytes of the text: a scalar's span (its quotes included), the start or
  // the end marker of a collection as libfyaml marks it. A collection's whole
  // span is its start's `begin` to the largest `end` among its descendants
  // and, for a flow collection, its end event's `end` (the closing bracket).
  size_t begin = 0, end = 0;
  // A scalar's value (unescaped, lines folded), read only when asked; valid
  // only during the call that received the event.
  std::string value() const;

  const void* source_ = nullptr;  // the library's event; yaml_stream.cpp only
  std::string_view text_;
};

// Feeds each event of every document of `text` to `on`, in order. False when
// the text does not parse (some events may have been fed by then: a caller
// that builds something throws it away). Costs one parse and no tree: what
// yaml_outline() builds on, and what a reader that keeps a few facts uses
// instead of it (a 2.8 MB OpenAPI file's outline held 10 MB).
class YamlEventSink {
 public:
  virtual void on(const YamlEvent& e) = 0;

 protected:
  ~YamlEventSink() = default;
};
bool yaml_events(std::string_view text, YamlEventSink& sink);

// Which scalar values an outline copies, by the key they sit under: a
// mapping's value under its key, a sequence's items under the key of the
// sequence. Keys are always copied. A value not kept is left empty (its
// span is still there). Copying every value of a 2.8 MB OpenAPI file was a
// quarter of its outline's time.
using KeepValue = bool (*)(std::string_view key);

// The root node of each document; nullopt when the text does not parse.
// `keep`: nullptr copies every value.
std::optional<std::vector<YamlNode>> yaml_outline(std::string_view text, KeepValue keep = nullptr);

}  // namespace holymigrate
