// What pass 1 learns about one file that the planning pass (plan/plan.h)
// needs to decide over the whole project (docs/behaviour.md §11): which
// environment variables it reads or provides, and which clients it holds.
// Plain data, small (names and positions, never file bytes), so pass 1 can
// keep the facts of every file. Extend it by adding fields and vectors; the
// scan (engine/scan.cpp) fills them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/positions.h"

namespace holymigrate {

// How a file touches an environment variable.
enum class EnvAccess {
  Unknown,        // named, but how is not known yet
  Code,           // read by code: os.environ["K"], process.env.K, os.Getenv("K")
  DeploymentEnv,  // set for a program: `env:` of a workflow, compose, k8s, Dockerfile ENV
  ActionInput,    // handed to a CI action or job as an input / secret
  SecretStore,    // the name of a key in a secret store (secrets.K, vars.K)
  EnvFile,        // a line `K=...` of a .env file
  // Container env in Kubernetes manifests, Helm charts and compose services:
  // handed to whatever program the image runs (docs/behaviour.md §4.6).
  ContainerEnv,
  // A name a framework derives from its own configuration (Nuxt runtimeConfig,
  // pydantic-settings field, Spring relaxed binding): read, but the reader
  // cannot move with a rename. `offset` is the config key's, `edit` is -1.
  FrameworkBinding,
};

const char* to_string(EnvAccess how);

// Where the program a container runs comes from (docs/behaviour.md §4.6),
// for EnvAccess::ContainerEnv uses.
enum class ContainerOrigin {
  Unknown,  // not container env, or no image named
  Tree,     // built from this tree: a compose service with `build:`, or a Helm
            // chart's own image (a `{{ .Values… }}` expression)
  Image,    // a named image (EnvUse::detail), from this tree only when a Tree
            // container names the same image
};

struct EnvUse {
  std::string name;     // as written, e.g. "OPENAI_API_KEY"
  std::string renamed;  // what a candidate edit renames it to; empty: no edit
  size_t offset = 0;    // byte offset of the name in the file
  Position at;          // where the name starts
  EnvAccess how = EnvAccess::Unknown;
  bool provides = false;  // true: the file gives the variable a value; false: reads it
  int edit = -1;          // index into FileScan::edits of the edit renaming it; -1: none
  // The variable as the environment spells it: `name` with a kept framework
  // prefix (NUXT_PUBLIC_OPENAI_API_KEY). Decisions are per variable.
  std::string variable;
  // For messages and decisions: the image a container runs, the action a
  // `uses:` step names, the binding ("Nuxt runtimeConfig public.openai.apiKey"),
  // or for code the SDK the file feeds ("@ai-sdk/anthropic").
  std::string detail;
  ContainerOrigin origin = ContainerOrigin::Unknown;  // ContainerEnv: whose program it is
};

// A call of a provider SDK's client (docs/behaviour.md §4.6).
struct ClientUse {
  std::string rule;      // the client rule that saw it
  std::string language;  // file extension without the dot: "py", "ts", "go", "ipynb"
  size_t offset = 0;
  Position at;
  bool fixed = false;  // a candidate edit points it at the target; false: a finding only
  int edit = -1;       // index into FileScan::edits (fixed) ...
  int finding = -1;    // ... or FileScan::findings (not fixed); -1: none
  // The variables the SDK reads by itself (FIELD-NOTES "env vars it reads by
  // itself"), e.g. OPENAI_API_KEY, OPENAI_BASE_URL; empty when not known.
  std::vector<std::string> reads_env;
  bool legacy = false;  // left alone beside a client aimed at the target (legacy-client)
  size_t end = 0;       // byte offset just past the call; 0: not known (the call is [offset, end))
  bool aimed = false;   // explicit and aimed at the target; reads_env is empty then
  // Legacy, beside a client in the form this tool inserts: most likely an
  // earlier --write made it side-by-side (docs/behaviour.md §5.2).
  bool beside_ours = false;
  // The configuration section the SDK binds before this call's own setup
  // (betalgo's AddOpenAIService: "OpenAIServiceOptions"); empty: none.
  std::string binds;
};

// A value a configuration file gives an SDK's options section, bound before
// the code's own setup (docs/behaviour.md §5.2): betalgo's
// `"OpenAIServiceOptions": { "BaseDomain": "…" }` in appsettings*.json.
struct BoundSetting {
  std::string section;  // "OpenAIServiceOptions"
  std::string key;      // "BaseDomain"
  std::string value;    // the value, unquoted
  size_t begin = 0;     // the value's bytes, its quotes included
  size_t end = 0;
  Position at, end_at;  // where they start and end (end_at one past the last)
  bool base_file =
      false;  // appsettings.json itself (every environment), not appsettings.<Env>.json
};

// One entry of a Collision: its name as written in the file.
struct CollisionEntry {
  std::string name;  // the key as the entry spells it: OPENAI_API_KEY, env.OPENAI_API_KEY
  // The variable its rename renames (the plan decides per variable): the
  // renamed part of `name` when the key holds more than the variable
  // (`env.OPENAI_API_KEY`, `-OPENAI_API_KEY` in a .env file); `name` when
  // no rename lies inside it.
  std::string variable;
  bool renamed = false;       // a candidate edit renames it; false: it has the target name already
  size_t begin = 0, end = 0;  // the name's bytes
  Position at, end_at;        // where they start and end (end_at one past the last)
};

// Entries of one scope (a YAML mapping or env list, a JSON object, a .env
// file, a TOML table) that the candidate renames would give one name with
// different values (docs/behaviour.md §11.2). The plan renames the variables
// of such entries nowhere in the project and reports the collision.
struct Collision {
  std::string target;  // the name they would share: HOLYSHEEP_API_KEY
  std::string scope;   // for messages: "mapping", "list", "object", ".env file", "TOML table"
  std::vector<CollisionEntry> entries;  // two or more, by offset
};

struct Facts {
  std::vector<EnvUse> env;             // by offset
  std::vector<ClientUse> clients;      // by offset
  std::vector<Collision> collisions;   // by the offset of their first entry
  std::vector<BoundSetting> settings;  // by offset
  // The file's bytes name the target key variable K (HOLYSHEEP_API_KEY)
  // anywhere: the tree is (being) moved to the target, so an unfixed client
  // whose old key nothing provides is half-migrated (docs/behaviour.md §5.2).
  bool names_key = false;
  // The images the file builds from the tree (`docker build -t X`, a
  // `docker/build-push-action` step's tags), as written: their containers
  // run this tree's program (docs/behaviour.md §4.6).
  std::vector<std::string> images;
  bool empty() const {
    return env.empty() && clients.empty() && collisions.empty() && settings.empty() && !names_key &&
           images.empty();
  }
};

}  // namespace holymigrate
