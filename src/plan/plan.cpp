#include "plan/plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <optional>
#include <set>
#include <utility>

#include "engine/kinds/key_shapes.h"

namespace holymigrate {
namespace {

void insert_sorted(std::vector<size_t>& v, size_t x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

bool contains(const std::vector<size_t>& v, size_t x) {
  return std::binary_search(v.begin(), v.end(), x);
}

}  // namespace

bool FilePlan::keeps_edit(size_t edit) const { return !contains(dropped_edits, edit); }
bool FilePlan::keeps_finding(size_t finding) const { return !contains(dropped_findings, finding); }

void Plan::drop_edit(size_t file, size_t edit) { insert_sorted(files_[file].dropped_edits, edit); }

void Plan::set_replacement(size_t file, size_t edit, std::string replacement) {
  files_[file].replacements[edit] = std::move(replacement);
}

void Plan::drop_finding(size_t file, size_t finding) {
  insert_sorted(files_[file].dropped_findings, finding);
}

void Plan::set_severity(size_t file, size_t finding, Severity severity) {
  files_[file].severity[finding] = severity;
}

void Plan::add_finding(size_t file, ScanFinding finding) {
  files_[file].added_findings.push_back(std::move(finding));
}

void Plan::add_action(size_t file, ActionItem action) {
  files_[file].added_actions.push_back(std::move(action));
}

const FilePlan& Plan::file(size_t index) const {
  static const FilePlan kNothing;
  auto it = files_.find(index);
  return it == files_.end() ? kNothing : it->second;
}

bool Plan::keeps_edits(const FileScan& scan) const {
  const FilePlan& p = file(scan.index);
  return scan.edits.size() > p.dropped_edits.size();
}

namespace {

using Renames = std::map<std::string, std::string, std::less<>>;

struct Variable {
  bool mentioned = false;  // a candidate edit renames it somewhere
  bool read = false;       // code or an SDK client in the tree reads it
  bool read_only_by_ai_sdk_anthropic = true;
  bool framework = false;
  bool container = false;
};

enum class KeepReason { FrameworkBinding, ExternalContainer, Collision };

// A Collision (model/facts.h) the plan reports: the entries (indexes) that
// still collided when it was decided.
struct Collided {
  size_t file = 0;
  const Collision* collision = nullptr;
  std::vector<size_t> entries;
};

// docs/behaviour.md §11.2: `rename-collision` at one entry of `c`, naming
// the other entries of `entries`.
ScanFinding collision_finding(const Collision& c, const std::vector<size_t>& entries, size_t i) {
  const CollisionEntry& e = c.entries[i];
  std::vector<std::string> others;
  for (size_t j : entries)
    if (j != i)
      others.push_back(fmt::format("{} (line {})", c.entries[j].name, c.entries[j].at.line));
  std::string msg = fmt::format(
      "{} and {} would both become {} in this {} with different values, so {} renamed anywhere "
      "in this run: keep one entry named {} that holds the HolySheep value, then run again "
      "(docs/behaviour.md §11.2)",
      e.name, fmt::join(others, " and "), c.target, c.scope,
      entries.size() > 2 ? "none of them is" : "neither is", c.target);
  return {{e.begin, e.end, "rename-collision", Severity::Error, std::move(msg)},
          e.at,
          e.end_at,
          e.name};
}

// The bare source name `name` is (itself, or after a prefix ending in '_'),
// and its target; nullopt when it is none.
std::optional<std::pair<std::string, std::string>> source_of(std::string_view name,
                                                             const Renames& renames) {
  std::optional<std::pair<std::string, std::string>> best;
  for (const auto& [from, to] : renames) {
    bool hit = name == from || (name.size() > from.size() && name.ends_with(from) &&
                                name[name.size() - from.size() - 1] == '_');
    if (hit && (!best || from.size() > best->first.size())) best = {from, to};
  }
  return best;
}

std::string target_name(std::string_view name, const Renames& renames) {
  auto src = source_of(name, renames);
  if (!src) return std::string(name);
  return std::string(name.substr(0, name.size() - src->first.size())) + src->second;
}

// What the reader needs instead, for a variable that would have become
// `target_var` (docs/behaviour.md §4.6).
std::string needs(const std::string& target_var, const Target& t) {
  if (target_var.ends_with(t.key_env)) return "its value must become your HolySheep key";
  if (target_var.ends_with(t.anthropic_base_env))
    return fmt::format("its value must become {}", t.root());
  if (target_var.ends_with(t.base_env)) return fmt::format("its value must become {}", t.url);
  return fmt::format("its value must become what {} holds", target_var);
}

// For a key variable kept for another program: that program's base-URL
// setting must move too (docs/behaviour.md §4.6); "" for other variables.
std::string program_base(const std::string& target_var, const Target& t) {
  if (!target_var.ends_with(t.key_env)) return "";
  return fmt::format(", and the program's base-URL setting, if it has one, {}", t.url);
}

// A warning on the name of the env use `u` (its bytes and positions).
ScanFinding warning_at(const EnvUse& u, const char* rule, std::string msg) {
  const size_t len = u.name.size();  // ASCII: bytes and UTF-16 units agree
  Position end{u.at.line, u.at.column + len, u.at.utf16_column + len};
  return {{u.offset, u.offset + len, rule, Severity::Warning, std::move(msg)}, u.at, end, u.name};
}

ScanFinding external_env(const EnvUse& u, const std::string& target_var, const Target& t) {
  std::string msg;
  if (u.how == EnvAccess::FrameworkBinding) {
    msg = fmt::format(
        "{} is read through the {}: renaming the variable would disconnect it, so it keeps its "
        "name everywhere; {} (or rename that setting and its uses yourself, then the variable "
        "to {})",
        u.variable, u.detail, needs(target_var, t), target_var);
  } else {
    std::string image = u.detail.empty() ? "" : fmt::format(" (image {})", u.detail);
    std::string base = program_base(target_var, t);
    msg = fmt::format(
        "container env {} goes to a program whose code is not in this tree{} and no code here "
        "reads it, so it keeps its name; {}{}",
        u.variable, image, needs(target_var, t), base);
  }
  return warning_at(u, "external-env", std::move(msg));
}

// docs/behaviour.md §5.1: `u` keeps its name because the side-by-side client
// at `reader` (path:line) still reads it for the old provider.
ScanFinding legacy_kept(const EnvUse& u, const std::string& target_var, const std::string& reader) {
  const std::string& var = u.variable.empty() ? u.name : u.variable;
  std::string msg = fmt::format(
      "{} keeps its name: the side-by-side client at {} still reads it for the old provider; "
      "provide {} beside it for the clients this run moves",
      var, reader, target_var);
  return warning_at(u, "legacy-client", std::move(msg));
}

bool inside(const ClientUse& c, size_t offset) { return c.offset <= offset && offset < c.end; }

// An image's name without its registry host, tag and digest, for comparing
// `ghcr.io/acme/chat:1.2` with `acme/chat`.
std::string image_name(std::string_view image) {
  if (size_t at = image.find('@'); at != std::string_view::npos) image = image.substr(0, at);
  size_t slash = image.rfind('/');
  if (size_t colon = image.rfind(':');
      colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash))
    image = image.substr(0, colon);
  if (size_t first = image.find('/'); first != std::string_view::npos) {
    std::string_view host = image.substr(0, first);
    if (host.find('.') != std::string_view::npos || host.find(':') != std::string_view::npos ||
        host == "localhost")
      image = image.substr(first + 1);
  }
  if (image.starts_with("library/")) image.remove_prefix(8);
  return std::string(image);
}

// docs/behaviour.md §4.6: the files whose containers are deployed together —
// the file itself, or for a Helm template every template of its chart (the
// path up to its `templates/` folder).
std::string deployment_unit(const FileScan& s) {
  std::string_view path = s.file.path_in_tree();
  if (path.starts_with("templates/")) return "templates/";
  if (size_t at = path.find("/templates/"); at != std::string_view::npos)
    return std::string(path.substr(0, at + 11));
  return std::string(path);
}

// docs/behaviour.md §4.6: container env that stays with a third-party image
// while the variable is renamed for the code (and containers) of this tree.
ScanFinding external_container(const EnvUse& u, const std::string& target_var, const Target& t) {
  std::string base = program_base(target_var, t);
  std::string msg = fmt::format(
      "container env {} goes to image {}, whose code is not in this tree, so this entry keeps "
      "its name and what it reads (the code and containers of this tree move to {}); {}{}",
      u.variable, u.detail, target_var, needs(target_var, t), base);
  return warning_at(u, "external-env", std::move(msg));
}

}  // namespace

namespace {

// docs/behaviour.md §5.2: an SDK that binds a configuration section before
// the code's setup action (betalgo's AddOpenAIService and appsettings*.json,
// ClientUse::binds, Facts::settings). The files of a call's folder and its
// ancestors configure it. When the base file (appsettings.json: every
// environment) sets the key, the code is left alone: the value there is the
// one that applies, and the endpoint rule moves an api.openai.com value.
// Otherwise the inserted setup action overrides what an environment's file
// sets: a value the run does not move gets a warning saying so.
void bound_settings_override(const std::vector<FileScan>& scans, const Target& t, Plan& out) {
  auto folder = [](const FileScan& s) {
    const std::string& p = s.file.path_in_tree();
    size_t slash = p.rfind('/');
    return slash == std::string::npos ? std::string() : p.substr(0, slash);
  };
  for (const FileScan& s : scans) {
    for (const ClientUse& c : s.facts.clients) {
      if (!c.fixed || c.binds.empty()) continue;
      const std::string dir = folder(s);
      bool base = false;
      std::vector<std::pair<const FileScan*, const BoundSetting*>> overridden;
      for (const FileScan& o : scans) {
        const std::string odir = folder(o);
        if (!(odir.empty() || odir == dir || dir.starts_with(odir + "/"))) continue;
        for (const BoundSetting& b : o.facts.settings) {
          if (b.section != c.binds) continue;
          if (b.base_file) base = true;
          bool moved = b.value.find(t.host()) != std::string::npos;
          for (const CandidateEdit& e : o.edits)
            moved = moved || (e.edit.begin < b.end && b.begin < e.edit.end);
          if (!moved) overridden.emplace_back(&o, &b);
        }
      }
      if (base) {
        for (size_t k = 0; k < s.edits.size(); ++k)
          if (c.offset <= s.edits[k].edit.begin && s.edits[k].edit.begin < c.end)
            out.drop_edit(s.index, k);
        continue;
      }
      for (const auto& [o, b] : overridden) {
        std::string msg = fmt::format(
            "{}:{} is \"{}\" here, but the call at {}:{} now gets a setup action that sets {} = "
            "\"{}/\", and the SDK runs it after binding this file, so this value no longer "
            "applies: delete it if requests should go to HolySheep; if they must pass through "
            "this host, point the host at HolySheep, keep it here and remove the inserted `{} = "
            "…` from the call",
            b->section, b->key, b->value, s.file.display, c.at.line, b->key, t.root(), b->key);
        out.add_finding(o->index, {{b->begin, b->end, c.rule, Severity::Warning, std::move(msg)},
                                   b->at,
                                   b->end_at,
                                   "\"" + b->value + "\""});
      }
    }
  }
}

}  // namespace

PlanOptions plan_options(const RuleSet& rules) {
  PlanOptions o;
  o.target = rules.target();
  for (const Rule& r : rules.rules()) {
    if (r.kind != RuleKind::EnvRename) continue;
    auto from = r.params.find("from");
    if (from == r.params.end()) continue;
    auto to = r.params.find("to");
    o.renames.emplace(from->second,
                      expand_target(to == r.params.end() ? "${key_env}" : to->second, o.target));
  }
  return o;
}

Plan plan(const std::vector<FileScan>& scans, const PlanOptions& options) {
  Plan out;
  assert(std::is_sorted(scans.begin(), scans.end(),
                        [](const FileScan& a, const FileScan& b) { return a.index < b.index; }));
  const Target& t = options.target;

  // Every variable, over the whole project.
  std::map<std::string, Variable, std::less<>> vars;
  for (const FileScan& s : scans) {
    for (const EnvUse& u : s.facts.env) {
      Variable& v = vars[u.variable.empty() ? u.name : u.variable];
      if (u.edit >= 0) v.mentioned = true;
      switch (u.how) {
        case EnvAccess::Code:
          v.read = true;
          if (u.detail != "@ai-sdk/anthropic") v.read_only_by_ai_sdk_anthropic = false;
          break;
        case EnvAccess::FrameworkBinding:
          v.framework = true;
          break;
        case EnvAccess::ContainerEnv:
          v.container = true;
          break;
        default:
          break;
      }
    }
    for (const ClientUse& c : s.facts.clients) {
      for (const std::string& name : c.reads_env) {
        Variable& v = vars[name];
        v.read = true;
        v.read_only_by_ai_sdk_anthropic = false;  // an SDK that reads it adds /v1 itself
      }
    }
  }
  // docs/behaviour.md §4.6, per container: a container runs this tree's
  // program when its origin is the tree (compose `build:`, a chart's own
  // templated image) or its image is one the tree builds (a compose service
  // with `build:`, `docker build -t`, a build-push-action step). A
  // container whose image is written out and built nowhere here, in a file
  // that also holds a container of this tree, is a third-party program: its
  // entries keep their names (and what they read) while the variable moves
  // for the code. A file is one deployment unit, except that the templates of
  // one Helm chart (`…/templates/…`) are one. Units with no container of this
  // tree give no such evidence and are decided per variable, as before.
  std::set<std::string, std::less<>> built;
  for (const FileScan& s : scans)
    for (const std::string& image : s.facts.images) built.insert(image_name(image));
  for (const FileScan& s : scans)
    for (const EnvUse& u : s.facts.env)
      if (u.how == EnvAccess::ContainerEnv && u.origin == ContainerOrigin::Tree &&
          !u.detail.empty())
        built.insert(image_name(u.detail));
  auto ours = [&](const EnvUse& u) {
    return u.origin == ContainerOrigin::Tree ||
           (u.origin == ContainerOrigin::Image && built.contains(image_name(u.detail)));
  };
  std::set<std::string, std::less<>> mixed;  // deployment units holding a container of this tree
  for (const FileScan& s : scans)
    for (const EnvUse& u : s.facts.env)
      if (u.how == EnvAccess::ContainerEnv && ours(u)) mixed.insert(deployment_unit(s));
  auto third_party = [&](const FileScan& s, const EnvUse& u) {
    return u.how == EnvAccess::ContainerEnv && u.origin == ContainerOrigin::Image && !ours(u) &&
           mixed.contains(deployment_unit(s));
  };
  std::set<std::pair<size_t, size_t>> stays;  // (file, offset) of third-party entries' names
  for (const FileScan& s : scans)
    for (const EnvUse& u : s.facts.env)
      if (third_party(s, u)) stays.insert({s.index, u.offset});

  std::map<std::string, KeepReason, std::less<>> kept;
  std::map<std::string, std::string, std::less<>> renamed;  // variable -> new name
  for (const auto& [name, v] : vars) {
    if (!v.mentioned) continue;  // nothing would rename it: nothing to decide
    if (v.framework)
      kept.emplace(name, KeepReason::FrameworkBinding);
    else if (v.container && !v.read)
      kept.emplace(name, KeepReason::ExternalContainer);
    else
      renamed.emplace(name, target_name(name, options.renames));
  }
  // docs/behaviour.md §11.2 over the whole project: entries of one scope
  // that would share a name with different values. Their variables are
  // renamed nowhere — renamed elsewhere, the two sides would no longer meet
  // — and every such entry, in every scope, gets `rename-collision`. A
  // variable kept for another reason above keeps its entries' own name, so
  // they collide with nothing.
  std::vector<Collided> collided;
  const auto movable = renamed;  // before any collision is decided
  for (const FileScan& s : scans) {
    for (const Collision& c : s.facts.collisions) {
      std::vector<size_t> live;  // entries that would carry the target name
      bool moves = false;
      for (size_t i = 0; i < c.entries.size(); ++i) {
        const CollisionEntry& e = c.entries[i];
        if (e.renamed && !movable.contains(e.variable)) continue;
        if (e.renamed && stays.contains({s.index, e.begin})) continue;  // a third-party entry
        live.push_back(i);
        moves = moves || e.renamed;
      }
      if (live.size() < 2 || !moves) continue;
      for (size_t i : live) {
        if (!c.entries[i].renamed) continue;
        renamed.erase(c.entries[i].variable);
        kept.emplace(c.entries[i].variable, KeepReason::Collision);
      }
      collided.push_back({s.index, &c, std::move(live)});
    }
  }
  for (const Collided& c : collided)
    for (size_t i : c.entries)
      if (c.collision->entries[i].renamed)
        out.add_finding(c.file, collision_finding(*c.collision, c.entries, i));

  // docs/behaviour.md §5.1: a side-by-side client is not edited and keeps the
  // old provider, so every variable it reads (in its arguments or by itself)
  // keeps its name for it and where it is provided. Only a read inside a
  // client this run points at the target moves with that client.
  std::map<std::string, std::string, std::less<>> legacy;  // variable -> "path:line" of a reader
  for (const FileScan& s : scans) {
    for (const ClientUse& c : s.facts.clients) {
      if (!c.legacy) continue;
      std::string where = fmt::format("{}:{}", s.file.display, c.at.line);
      for (const std::string& name : c.reads_env) legacy.try_emplace(name, where);
      for (const EnvUse& u : s.facts.env)
        if (u.how == EnvAccess::Code && inside(c, u.offset))
          legacy.try_emplace(u.variable.empty() ? u.name : u.variable, where);
    }
  }
  for (auto it = legacy.begin(); it != legacy.end();) {
    if (kept.contains(it->first)) {
      it = legacy.erase(it);  // kept everywhere already, with its own finding
    } else {
      renamed.erase(it->first);  // not renamed where it is provided: no half migration
      ++it;
    }
  }

  // docs/behaviour.md §5.1: ANTHROPIC_BASE_URL read only by @ai-sdk/anthropic
  // code (whose base includes /v1) holds B's value, so it becomes B.
  std::map<std::string, std::string, std::less<>> retarget;  // bare source -> new target
  for (const auto& [from, to] : options.renames) {
    if (to != t.anthropic_base_env) continue;
    bool read = false, only_ai_sdk = true;
    for (const auto& [name, v] : vars) {
      auto src = source_of(name, options.renames);
      if (!src || src->first != from || !v.read) continue;
      read = true;
      only_ai_sdk = only_ai_sdk && v.read_only_by_ai_sdk_anthropic;
    }
    if (read && only_ai_sdk) retarget.emplace(from, t.base_env);
  }

  // docs/behaviour.md §5.2 on a tree a run migrates or already migrated: the
  // signs of that move (clients aimed at the target — the run's own earlier
  // insertions — or fixed in this run; K named in some file or given by a
  // rename of this run), and the variables some file provides after this
  // run. An unfixed client whose key nothing provides then is the
  // half-migration the guard below reports — on the first run already, so
  // that a --write never turns up a new error on the run after it. A test
  // file's env object (`{ OPENAI_API_KEY: "test-key" }`) provides nothing to
  // the deployed code.
  bool moved_clients = false, names_key = false;
  std::set<std::string, std::less<>> provided;
  for (const FileScan& s : scans) {
    names_key = names_key || s.facts.names_key;
    for (const ClientUse& c : s.facts.clients)
      moved_clients = moved_clients || c.aimed || (c.fixed && !c.legacy);
    if (is_test_path(s.file.path_in_tree())) continue;
    for (const EnvUse& u : s.facts.env) {
      const std::string& var = u.variable.empty() ? u.name : u.variable;
      if (u.provides && !renamed.contains(var)) provided.insert(var);
    }
  }
  for (const auto& [from, to] : renamed) names_key = names_key || to.ends_with(t.key_env);
  // The first key variable `c` reads by itself that a rename would give K and
  // no file provides; "" when none.
  auto unprovided_key = [&](const ClientUse& c) -> std::string {
    for (const std::string& name : c.reads_env) {
      auto src = options.renames.find(name);
      if (src != options.renames.end() && src->second.ends_with(t.key_env) &&
          !provided.contains(name))
        return name;
    }
    return "";
  };
  // Why the tree counts as moved, for the error message.
  const std::string moved_why = moved_clients ? "this tree has clients aimed at HolySheep"
                                              : fmt::format("this tree names {}", t.key_env);

  bound_settings_override(scans, t, out);

  for (const FileScan& s : scans) {
    // One finding per binding, and per container variable in a file (an
    // entry's ${X} and secretKeyRef key name it again).
    std::vector<std::pair<std::string, size_t>> reported;
    for (const EnvUse& u : s.facts.env) {
      const std::string& var = u.variable.empty() ? u.name : u.variable;
      auto k = kept.find(var);
      if (k != kept.end()) {
        if (u.edit >= 0) out.drop_edit(s.index, static_cast<size_t>(u.edit));
        const bool reader =
            u.how == EnvAccess::FrameworkBinding ||
            (u.how == EnvAccess::ContainerEnv && k->second == KeepReason::ExternalContainer);
        std::pair<std::string, size_t> key{var, u.how == EnvAccess::ContainerEnv ? 0 : u.at.line};
        if (reader && std::find(reported.begin(), reported.end(), key) == reported.end()) {
          reported.push_back(key);
          out.add_finding(s.index, external_env(u, target_name(var, options.renames), t));
        }
        continue;
      }
      if (u.edit < 0) continue;
      if (third_party(s, u) && renamed.contains(var)) {
        out.drop_edit(s.index, static_cast<size_t>(u.edit));
        std::pair<std::string, size_t> key{var, 0};
        if (std::find(reported.begin(), reported.end(), key) == reported.end()) {
          reported.push_back(key);
          out.add_finding(s.index, external_container(u, target_name(var, options.renames), t));
        }
        continue;
      }
      if (auto l = legacy.find(var); l != legacy.end()) {
        auto in = [&](bool legacy_client) {
          return std::any_of(s.facts.clients.begin(), s.facts.clients.end(),
                             [&](const ClientUse& c) {
                               return c.legacy == legacy_client && (legacy_client || c.fixed) &&
                                      inside(c, u.offset);
                             });
        };
        if (u.how != EnvAccess::Code || !in(false)) {
          out.drop_edit(s.index, static_cast<size_t>(u.edit));
          std::pair<std::string, size_t> key{var, 0};
          if (!in(true) && std::find(reported.begin(), reported.end(), key) == reported.end()) {
            reported.push_back(key);
            out.add_finding(s.index, legacy_kept(u, target_name(var, options.renames), l->second));
          }
          continue;
        }
      }
      auto re = retarget.find(u.name);
      if (re != retarget.end() && u.renamed == t.anthropic_base_env) {
        // What follows the name (a destructured binding) stays.
        const std::string& was = s.edits[static_cast<size_t>(u.edit)].edit.replacement;
        out.set_replacement(s.index, static_cast<size_t>(u.edit),
                            re->second + was.substr(u.renamed.size()));
      }
    }

    // docs/behaviour.md §5.1: a side-by-side client is not edited at all — a
    // base URL moved by the endpoint rule inside its call would send the key
    // it keeps to the target.
    for (const ClientUse& c : s.facts.clients) {
      if (!c.legacy) continue;
      for (size_t k = 0; k < s.edits.size(); ++k)
        if (inside(c, s.edits[k].edit.begin)) out.drop_edit(s.index, k);
    }

    // docs/behaviour.md §5.2: finding `i` of this file becomes an error whose
    // message ends with `why`.
    auto escalate = [&](size_t i, std::string why) {
      ScanFinding error = s.findings[i];
      error.finding.severity = Severity::Error;
      error.finding.message += why;
      out.drop_finding(s.index, i);
      out.add_finding(s.index, std::move(error));
    };

    // docs/behaviour.md §5.2: the half-migration guard.
    for (size_t i = 0; i < s.findings.size(); ++i) {
      const Finding& f = s.findings[i].finding;
      if (f.rule != "implicit-client" || f.severity == Severity::Error) continue;
      std::string key;
      auto renamed_key = [&](const std::string& name) {
        auto r = renamed.find(name);
        if (key.empty() && r != renamed.end() && r->second.ends_with(t.key_env)) key = name;
      };
      for (const EnvUse& u : s.facts.env)
        if (u.how == EnvAccess::Code && u.edit >= 0 && f.begin <= u.offset && u.offset < f.end)
          renamed_key(u.variable.empty() ? u.name : u.variable);
      for (const ClientUse& c : s.facts.clients)
        if (c.finding == static_cast<int>(i))
          for (const std::string& name : c.reads_env) renamed_key(name);
      std::string orphan;  // a key it reads by itself that the migrated tree no longer provides
      if (key.empty() && (moved_clients || names_key))
        for (const ClientUse& c : s.facts.clients)
          if (c.finding == static_cast<int>(i) && orphan.empty()) orphan = unprovided_key(c);
      if (!key.empty())
        escalate(i, fmt::format(" — {} is renamed to {} in this run, so left as it is this client "
                                "would send the HolySheep key to the old provider",
                                key, renamed.find(key)->second));
      else if (!orphan.empty())
        escalate(i,
                 fmt::format(" — {} and no file provides {} any more, so left as it is this client "
                             "is half-migrated: it reads {} for the old provider (point it at "
                             "HolySheep, or mark it `holymigrate: ignore` if it stays on purpose)",
                             moved_why, orphan, orphan));
    }

    // The same after a --write for a client the run's own insertions made a
    // side-by-side one (it stands beside a client in the inserted form): it
    // reads a key variable by itself that no file provides any more.
    for (const ClientUse& c : s.facts.clients) {
      if (!c.legacy || !c.beside_ours) continue;
      std::string orphan = unprovided_key(c);
      if (orphan.empty()) continue;
      for (size_t i = 0; i < s.findings.size(); ++i) {
        const Finding& f = s.findings[i].finding;
        if (f.rule != "legacy-client" || f.begin != c.offset || f.severity == Severity::Error)
          continue;
        escalate(i, fmt::format(" — but that client has the form an earlier run inserted and no "
                                "file provides {} any more, so this one is half-migrated: it "
                                "reads {} for the old provider (point it at HolySheep, or mark it "
                                "`holymigrate: ignore` if it stays on purpose)",
                                orphan, orphan));
      }
    }
  }
  return out;
}

}  // namespace holymigrate
