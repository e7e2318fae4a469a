#include "engine/scan.h"

#include <algorithm>

#include "engine/collisions.h"
#include "engine/env_facts.h"
#include "engine/kinds/client/bound_settings.h"
#include "util/file_format.h"

namespace holymigrate {
namespace {

std::string_view extension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot + 1);
}

// The bare names the env-rename rules rename (OPENAI_API_KEY, ...).
std::vector<std::string> env_sources(const RuleSet& rules) {
  std::vector<std::string> out;
  for (const Rule& r : rules.rules())
    if (r.kind == RuleKind::EnvRename)
      if (auto from = r.params.find("from"); from != r.params.end()) out.push_back(from->second);
  return out;
}

// A rule that says which calls are clients (FileResult::clients) replaces
// the one-per-edit/finding guess above with one ClientUse per call, linked
// to the call's first edit (fixed) or its finding (not fixed). Its other
// edits (an `import os`, a base-URL default) are not clients.
void link_clients(const std::vector<ClientSeen>& seen, const PositionMap& positions,
                  const std::string& language, std::vector<ClientUse>& uses) {
  if (seen.empty()) return;
  std::vector<ClientUse> guessed;
  std::vector<ClientUse> kept;
  for (ClientUse& u : uses) {
    bool told = std::any_of(seen.begin(), seen.end(),
                            [&](const ClientSeen& c) { return c.rule == u.rule; });
    (told ? guessed : kept).push_back(std::move(u));
  }
  std::vector<bool> claimed(guessed.size(), false);
  for (const ClientSeen& c : seen) {
    ClientUse use{
        c.rule,   language, c.offset, positions.at(c.offset), c.fixed, -1, -1, c.reads_env,
        c.legacy, c.end,    c.aimed,  c.beside_ours,          c.binds};
    for (size_t i = 0; i < guessed.size(); ++i) {
      const ClientUse& g = guessed[i];
      if (claimed[i] || g.rule != c.rule) continue;
      if (c.fixed && g.fixed && g.offset >= c.offset) {
        use.edit = g.edit, claimed[i] = true;
        break;
      }
      if (!c.fixed && !g.fixed && g.offset == c.offset) {
        use.finding = g.finding, claimed[i] = true;
        break;
      }
    }
    kept.push_back(std::move(use));
  }
  uses = std::move(kept);
}

}  // namespace

FileScan scan(std::string_view bytes, const FileRef& file, const RuleSet& rules) {
  FileScan out;
  const std::string& path = file.path_in_tree();
  FileResult found = rules.scan(bytes, path);
  // Framework bindings name no source variable, so no rule sees them.
  std::vector<FrameworkReader> bound;
  if (may_bind_env(path, bytes)) bound = framework_readers(path, bytes, env_sources(rules));
  // docs/behaviour.md §5.2: a sign that a run already moved (part of) the tree.
  const std::string& key = rules.target().key_env;
  out.facts.names_key = !key.empty() && bytes.find(key) != std::string_view::npos;
  // docs/behaviour.md §5.2: an SDK's options section in a configuration file.
  std::vector<BoundSetting> settings = bound_settings(path, bytes);
  out.facts.images = images_built(path, bytes);  // docs/behaviour.md §4.6
  if (found.edits.empty() && found.findings.empty() && bound.empty() && found.clients.empty() &&
      settings.empty()) {
    if (out.facts.names_key || !out.facts.images.empty()) out.file = file;
    return out;
  }
  out.file = file;
  LineIndex lines(bytes);
  std::vector<size_t> offsets;
  offsets.reserve(2 * (found.edits.size() + found.findings.size()));
  for (const Edit& e : found.edits) offsets.insert(offsets.end(), {e.begin, e.end});
  for (const Finding& f : found.findings) offsets.insert(offsets.end(), {f.begin, f.end});
  for (const FrameworkReader& b : bound) offsets.push_back(b.begin);
  for (const ClientSeen& c : found.clients) offsets.push_back(c.offset);
  for (const BoundSetting& b : settings) offsets.insert(offsets.end(), {b.begin, b.end});
  // docs/behaviour.md §11.2: entries the renames would make collide, for the
  // plan to decide over the whole project.
  out.facts.collisions = find_collisions(path, bytes, found.edits);
  for (const Collision& c : out.facts.collisions)
    for (const CollisionEntry& e : c.entries) offsets.insert(offsets.end(), {e.begin, e.end});
  const PositionMap positions(bytes, lines, std::move(offsets));
  for (Collision& c : out.facts.collisions)
    for (CollisionEntry& e : c.entries)
      e.at = positions.at(e.begin), e.end_at = positions.at(e.end);
  for (BoundSetting& b : settings) b.at = positions.at(b.begin), b.end_at = positions.at(b.end);
  out.facts.settings = std::move(settings);
  const std::string language(extension(path));
  out.edits.reserve(found.edits.size());
  for (Edit& e : found.edits) {
    Position begin = positions.at(e.begin), end = positions.at(e.end);
    const Rule* rule = rules.rule(e.rule);
    if (rule && rule->kind == RuleKind::EnvRename) {
      EnvUse use;
      use.name = std::string(bytes.substr(e.begin, e.end - e.begin));
      use.renamed = renamed_name(e);
      use.offset = e.begin;
      use.at = begin;
      use.edit = static_cast<int>(out.edits.size());
      use.variable = variable_at(bytes, e.begin, e.end);
      out.facts.env.push_back(std::move(use));
    } else if (rule && rule->kind == RuleKind::Client) {
      out.facts.clients.push_back(
          {e.rule, language, e.begin, begin, true, static_cast<int>(out.edits.size()), -1});
    }
    out.edits.push_back({std::move(e), begin, end});
  }
  out.findings.reserve(found.findings.size());
  for (Finding& f : found.findings) {
    Position begin = positions.at(f.begin), end = positions.at(f.end);
    const Rule* rule = rules.rule(f.rule);
    if (rule && rule->kind == RuleKind::Client)
      out.facts.clients.push_back(
          {f.rule, language, f.begin, begin, false, -1, static_cast<int>(out.findings.size())});
    std::string snippet(bytes.substr(f.begin, f.end - f.begin));
    out.findings.push_back({std::move(f), begin, end, std::move(snippet)});
  }
  // How each mention is used (docs/behaviour.md §4.6), then the bindings.
  std::vector<size_t> at;
  at.reserve(out.facts.env.size());
  for (const EnvUse& u : out.facts.env) at.push_back(u.offset);
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<YamlSpot> spots;
  if (!at.empty() && format_of(path) == FileFormat::Yaml) {
    spans.reserve(out.edits.size());
    for (const CandidateEdit& e : out.edits) spans.emplace_back(e.edit.begin, e.edit.end);
  }
  std::vector<EnvClass> how = classify_env_uses(path, bytes, at, spans, &spots);
  for (size_t i = 0; i < spots.size() && i < out.edits.size(); ++i) out.edits[i].spot = spots[i];
  for (size_t i = 0; i < how.size(); ++i) {
    out.facts.env[i].how = how[i].how;
    out.facts.env[i].provides = how[i].provides;
    out.facts.env[i].detail = std::move(how[i].detail);
    out.facts.env[i].origin = how[i].origin;
  }
  for (FrameworkReader& b : bound) {
    EnvUse use;
    use.name = b.variable;
    use.offset = b.begin;
    use.at = positions.at(b.begin);
    use.how = EnvAccess::FrameworkBinding;
    use.variable = std::move(b.variable);
    use.detail = std::move(b.detail);
    out.facts.env.push_back(std::move(use));
  }
  std::stable_sort(out.facts.env.begin(), out.facts.env.end(),
                   [](const EnvUse& a, const EnvUse& b) { return a.offset < b.offset; });
  link_clients(found.clients, positions, language, out.facts.clients);
  std::stable_sort(out.facts.clients.begin(), out.facts.clients.end(),
                   [](const ClientUse& a, const ClientUse& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace holymigrate
