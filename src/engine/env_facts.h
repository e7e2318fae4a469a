// Pass-1 facts about environment variables in one file (docs/behaviour.md
// §4.6, §11), refining what engine/scan.cpp records for each mention of a
// source variable: read by code, provided by an env file, a Dockerfile or
// CI, handed to a container (Kubernetes, Helm, compose) or to a third-party
// action; and the names a framework binds from its own config (Nuxt
// runtimeConfig, pydantic-settings fields, Spring relaxed binding), which
// never spell the name. Pure: bytes in, facts out; plan/ decides.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/yaml_regions.h"
#include "model/facts.h"

namespace holymigrate {

// How the mention at one offset is used.
struct EnvClass {
  EnvAccess how = EnvAccess::Unknown;
  bool provides = false;  // gives the variable a value (env file, ENV, env:, container env)
  std::string detail;     // EnvUse::detail
  ContainerOrigin origin = ContainerOrigin::Unknown;  // EnvUse::origin
};

// One EnvClass per offset in `offsets` (mentions of source variables in the
// file at `path`, relative and '/'-separated, holding `text`). Code files
// read (Code); documentation neither reads nor provides (Unknown); .env files
// (EnvFile), Dockerfiles and CI files (DeploymentEnv) provide; in deployment
// YAML an entry under env:/environment: (and Helm's usual spellings) is
// ContainerEnv, with the container's image as detail; in a CI `uses:` step,
// its with:/env: are ActionInput (detail: the action); secrets.X / vars.X
// elsewhere are SecretStore. Helm templates, which no YAML parser reads, are
// read by indentation. A container's origin: Tree for a compose service with
// `build:` and for an image written as a template expression (a chart's own
// image, set in its values); Image for an image written out (detail); Unknown
// when no image is named.
// For a YAML file that is read here anyway (it mentions a source variable),
// `spots` gets the YamlSpot of each of `edits` (engine/yaml_regions.h) from
// the same read; otherwise it is left as it is.
std::vector<EnvClass> classify_env_uses(std::string_view path, std::string_view text,
                                        const std::vector<size_t>& offsets,
                                        const std::vector<std::pair<size_t, size_t>>& edits = {},
                                        std::vector<YamlSpot>* spots = nullptr);

// The variable a mention at [begin, end) names: widened to the left over
// identifier characters, so a kept prefix (VITE_, NUXT_PUBLIC_) is included.
std::string variable_at(std::string_view text, size_t begin, size_t end);

// docs/behaviour.md §4.6: the images a file builds from the tree, as
// written (tag included): `docker build`/`docker buildx build`/`podman build`
// with `-t`/`--tag` in scripts, Makefiles, Justfiles, Taskfiles, package.json
// and CI files, and the `tags:` of a
// `docker/build-push-action` step in CI YAML (comma- or line-separated).
// Names holding a variable or an expression (`$IMAGE`, `${{ … }}`) are left
// out. Empty, after a substring test, for most files.
std::vector<std::string> images_built(std::string_view path, std::string_view text);

struct FrameworkReader {
  std::string variable;  // the env name the framework reads: NUXT_PUBLIC_OPENAI_API_KEY
  size_t begin = 0;      // bytes of the config key or field
  size_t end = 0;
  std::string detail;  // "Nuxt runtimeConfig public.openai.apiKey"
};

// Nuxt `runtimeConfig` keys in nuxt.config.*, pydantic-settings fields of
// Python classes deriving from BaseSettings (after env_prefix; fields with
// an alias read the alias, a string the rename handles), Spring property
// keys in application*/bootstrap* .properties/.yml (relaxed binding:
// upper case, '.' -> '_', '-' dropped). Only names that are a source name
// in `sources`, or one with a prefix ending in '_', are returned.
std::vector<FrameworkReader> framework_readers(std::string_view path, std::string_view text,
                                               const std::vector<std::string>& sources);

// Whether framework_readers() can find anything in this file (a cheap test
// on the path and a substring), so pass 1 can skip the rest.
bool may_bind_env(std::string_view path, std::string_view text);

}  // namespace holymigrate
