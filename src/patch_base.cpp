#include "patch_base.h"

#include <system_error>

namespace holymigrate {
namespace fs = std::filesystem;

namespace {

// The deepest folder holding both (both canonical).
fs::path common_folder(const fs::path& a, const fs::path& b) {
  fs::path out;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j)
    out /= *i;
  return out;
}

}  // namespace

fs::path patch_base(const std::vector<std::string>& paths, const fs::path& git_root) {
  if (!git_root.empty()) return git_root;
  fs::path base;
  bool first = true;
  for (const std::string& p : paths.empty() ? std::vector<std::string>{"."} : paths) {
    std::error_code ec;
    fs::path folder = fs::canonical(p, ec);
    if (ec) return {};
    if (!fs::is_directory(folder, ec)) folder = folder.parent_path();
    base = first ? folder : common_folder(base, folder);
    first = false;
  }
  return base;
}

std::string path_in_patch(const fs::path& file, const fs::path& base, std::string_view fallback) {
  if (base.empty()) return std::string(fallback);
  std::error_code ec;
  // The file itself is never a symlink (those are skipped), but a folder on
  // the way may be; canonical() resolves it like the base was resolved.
  fs::path full = fs::canonical(file, ec);
  if (ec) return std::string(fallback);
  fs::path rel = full.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return std::string(fallback);
  return rel.generic_string();
}

}  // namespace holymigrate
