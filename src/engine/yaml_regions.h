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

// The regions of `text`, in the order of the text (a step's region where its
// with:/env: key is); nullopt when the text does not parse. `ci`: the file is
// a CI workflow (GitHub Actions, GitLab CI…), where only steps count, not
// env: keys. Reads libfyaml's event stream once and keeps only what a
// region needs (no outline of the file); yaml_regions_by_outline() is the
// same answer from yaml_outline(), which the unit table holds it to.
std::optional<std::vector<YamlRegion>> yaml_regions(std::string_view text, bool ci);

// A key under which a container's environment is written: Kubernetes and
// compose (env, environment) and the usual Helm chart spellings.
bool container_env_key(std::string_view key);

// How a container's image is written: Tree for a template expression (a
// chart's own image, set in its values), Image for one written out, Unknown
// for none.
ContainerOrigin image_origin(std::string_view image);
std::optional<std::vector<YamlRegion>> yaml_regions_by_outline(std::string_view text, bool ci);

}  // namespace holymigrate
