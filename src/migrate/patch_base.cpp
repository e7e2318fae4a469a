#include "migrate/patch_base.h"

#include <cstdio>
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

namespace holymigrate {
namespace {

bool needs_quotes(std::string_view path) {
  for (unsigned char c : path)
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x7f) return true;
  return false;
}

// git's quote_c_style(): the whole name in double quotes, C escapes, octal
// for everything else outside printable ASCII.
std::string c_quoted(std::string_view name) {
  std::string out = "\"";
  for (unsigned char c : name) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\a':
        out += "\\a";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\v':
        out += "\\v";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          char oct[5];
          std::snprintf(oct, sizeof oct, "\\%03o", c);
          out += oct;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

// Replaces the first `from` that starts a line before `limit`.
void replace_line(std::string& text, const std::string& from, const std::string& to, size_t limit) {
  size_t at = text.rfind(from, 0) == 0 ? 0 : text.find("\n" + from);
  if (at == std::string::npos || at >= limit) return;
  if (at != 0) ++at;
  text.replace(at, from.size(), to);
}

}  // namespace

std::string with_git_quoted_paths(std::string diff, std::string_view path) {
  bool quote = needs_quotes(path);
  bool space = path.find(' ') != std::string_view::npos;
  if (!quote && !space) return diff;
  std::string p(path);
  std::string a = "a/" + p, b = "b/" + p;
  std::string qa = quote ? c_quoted(a) : a, qb = quote ? c_quoted(b) : b;
  std::string tab = space ? "\t" : "";
  size_t limit = diff.find("\n@@");
  replace_line(diff, "diff --git " + a + " " + b + "\n", "diff --git " + qa + " " + qb + "\n",
               limit);
  limit = diff.find("\n@@");
  replace_line(diff, "--- " + a + "\n", "--- " + qa + tab + "\n", limit);
  limit = diff.find("\n@@");
  replace_line(diff, "+++ " + b + "\n", "+++ " + qb + tab + "\n", limit);
  return diff;
}

}  // namespace holymigrate
