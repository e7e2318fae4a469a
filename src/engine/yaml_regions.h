// Where a deployment or CI YAML file hands variables to a program
// (docs/behaviour.md §4.6): each entry of a container's env (Kubernetes,
// compose, Helm values) and the with:/env: of a CI step that `uses:` an
// action. engine/env_facts.cpp classifies a mention by the smallest region
// holding it. Pure: bytes in, regions out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/facts.h"

namespace holymigrate {

struct YamlRegion {
  size_t begin = 0, end = 0;  // bytes of the text: an entry, or a step's key to its value's end
  EnvAccess how = EnvAccess::Unknown;  // ContainerEnv or ActionInput
  // ContainerEnv: the image the container runs, as written (`image: x`, or
  // Helm's `image: {repository: x}`), from the nearest mapping that names one;
  // ActionInput: the step's `uses:`.
  std::string detail;
  // ContainerEnv: Tree for a compose service that builds (`build:`) or
  // bind-mounts a folder of the tree, else by how its image is written.
  ContainerOrigin origin = ContainerOrigin::Unknown;

  bool operator==(const YamlRegion&) const = default;
};

// Where an edit of a YAML file lies, as far as its structure goes
// (docs/behaviour.md §11.1): inside a scalar that is not a key (nor part of
// one), on one line. Replacing such bytes with text keeps_structure() allows
// leaves every node, key and document where it was, so the file is exactly
// as valid after the edit as before and pass 2 need not parse it again.
enum class YamlSpot : unsigned char {
  Unknown,         // anywhere else, or not known: the edited text is checked
  BlockContent,    // a content line of a block scalar (| or >), after its first non-space byte
  BlockLineStart,  // the same, from its first non-space byte
  PlainStart,      // a one-line plain scalar, from its first byte
  Plain,           // a one-line plain scalar, after its first byte
  DoubleQuoted,    // between the quotes of a one-line "..." scalar
  SingleQuoted,    // between the quotes of a one-line '...' scalar
};

// Whether `replacement` at `spot` keeps the structure: printable ASCII with
// no line break in a block scalar's content (not starting with a space at a
// line's first non-space byte, which would change its indentation); no quote or backslash of its
// kind inside a quoted scalar; inside a plain scalar only letters, digits
// and `._/-`, and `:` followed by one of those (never ": " or a trailing ':',
// which would start a mapping), starting with a letter or digit at its start.
bool keeps_structure(YamlSpot spot, std::string_view replacement);

// The regions of `text`, in the order of the text (a step's region where its
// with:/env: key is); nullopt when the text does not parse. `ci`: the file is
// a CI workflow (GitHub Actions, GitLab CI…), where only steps count, not
// env: keys. Reads libfyaml's event stream once and keeps only what a
// region needs (no outline of the file); yaml_regions_by_outline() is the
// same answer from yaml_outline(), which the unit table holds it to.
// `edits` (sorted, not overlapping, byte spans of `text`): with `spots`,
// each one's YamlSpot is written to (*spots)[i] from the same read.
std::optional<std::vector<YamlRegion>> yaml_regions(
    std::string_view text, bool ci, const std::vector<std::pair<size_t, size_t>>& edits = {},
    std::vector<YamlSpot>* spots = nullptr);

// A key under which a container's environment is written: Kubernetes and
// compose (env, environment) and the usual Helm chart spellings.
bool container_env_key(std::string_view key);

// How a container's image is written: Tree for a template expression (a
// chart's own image, set in its values), Image for one written out, Unknown
// for none.
ContainerOrigin image_origin(std::string_view image);
std::optional<std::vector<YamlRegion>> yaml_regions_by_outline(std::string_view text, bool ci);

}  // namespace holymigrate
