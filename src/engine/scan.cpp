#include "engine/scan.h"

#include <algorithm>

namespace holymigrate {
namespace {

std::string_view extension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string_view() : name.substr(dot + 1);
}

bool is_env_file(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == ".env" || name.starts_with(".env.");
}

// A first, deliberately small reading of how a name is used; the planning
// pass (docs/behaviour.md §11) refines it.
EnvAccess env_access(std::string_view text, size_t offset, bool env_file) {
  if (env_file) return EnvAccess::EnvFile;
  for (std::string_view store : {std::string_view("secrets."), std::string_view("vars.")})
    if (offset >= store.size() && text.substr(offset - store.size(), store.size()) == store)
      return EnvAccess::SecretStore;
  return EnvAccess::Unknown;
}

}  // namespace

FileScan scan(std::string_view bytes, const FileRef& file, const RuleSet& rules) {
  FileScan out;
  const std::string& path = file.rel.empty() ? file.display : file.rel;
  FileResult found = rules.scan(bytes, path);
  if (found.edits.empty() && found.findings.empty()) return out;
  out.file = file;
  LineIndex lines(bytes);
  std::vector<size_t> offsets;
  offsets.reserve(2 * (found.edits.size() + found.findings.size()));
  for (const Edit& e : found.edits) offsets.insert(offsets.end(), {e.begin, e.end});
  for (const Finding& f : found.findings) offsets.insert(offsets.end(), {f.begin, f.end});
  const PositionMap positions(bytes, lines, std::move(offsets));
  const bool env_file = is_env_file(path);
  const std::string language(extension(path));
  out.edits.reserve(found.edits.size());
  for (Edit& e : found.edits) {
    Position begin = positions.at(e.begin), end = positions.at(e.end);
    const Rule* rule = rules.rule(e.rule);
    if (rule && rule->kind == "env-rename") {
      out.facts.env.push_back({std::string(bytes.substr(e.begin, e.end - e.begin)), e.replacement,
                               e.begin, begin, env_access(bytes, e.begin, env_file), env_file,
                               static_cast<int>(out.edits.size())});
    } else if (rule && rule->kind == "client") {
      out.facts.clients.push_back(
          {e.rule, language, e.begin, begin, true, static_cast<int>(out.edits.size()), -1});
    }
    out.edits.push_back({std::move(e), begin, end});
  }
  out.findings.reserve(found.findings.size());
  for (Finding& f : found.findings) {
    Position begin = positions.at(f.begin), end = positions.at(f.end);
    const Rule* rule = rules.rule(f.rule);
    if (rule && rule->kind == "client")
      out.facts.clients.push_back(
          {f.rule, language, f.begin, begin, false, -1, static_cast<int>(out.findings.size())});
    std::string snippet(bytes.substr(f.begin, f.end - f.begin));
    out.findings.push_back({std::move(f), begin, end, std::move(snippet)});
  }
  std::stable_sort(out.facts.clients.begin(), out.facts.clients.end(),
                   [](const ClientUse& a, const ClientUse& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace holymigrate
