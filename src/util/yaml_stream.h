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
