#include "util/file_format.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace holymigrate {

std::string_view base_name(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

FileFormat format_of(std::string_view path) {
  std::string_view name = base_name(path);
  if (name == ".env" || name.starts_with(".env.") || (name.size() > 4 && name.ends_with(".env")))
    return FileFormat::Dotenv;
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return FileFormat::Other;
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  auto in = [&](std::initializer_list<std::string_view> l) {
    return std::find(l.begin(), l.end(), ext) != l.end();
  };
  if (in({".yml", ".yaml"})) return FileFormat::Yaml;
  if (ext == ".json") return FileFormat::Json;
  if (ext == ".ipynb") return FileFormat::Notebook;
  if (ext == ".toml") return FileFormat::Toml;
  if (in({".py", ".pyi", ".pyw"})) return FileFormat::Python;
  if (in({".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}))
    return FileFormat::JavaScript;
  if (in({".go", ".java", ".kt", ".cs", ".rs"})) return FileFormat::CLike;
  if (ext == ".rb") return FileFormat::Ruby;
  return FileFormat::Other;
}

}  // namespace holymigrate
