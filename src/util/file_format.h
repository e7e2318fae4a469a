// Which format a file is, from its path alone (docs/behaviour.md §11.1): the
// formats whose syntax the tool checks before writing and whose scopes it
// reads for collisions (§11.2). Paths are relative, '/'-separated.
#pragma once

#include <string_view>

namespace holymigrate {

enum class FileFormat {
  Yaml,        // .yml .yaml
  Json,        // .json (not .jsonc/.json5: comments are allowed there)
  Notebook,    // .ipynb (JSON)
  Toml,        // .toml
  Dotenv,      // .env, .env.*, *.env
  Python,      // .py .pyi .pyw
  JavaScript,  // .js .mjs .cjs .jsx .ts .mts .cts .tsx
  CLike,       // .go .java .kt .cs .rs
  Ruby,        // .rb
  Other,       // shell, Dockerfile, Makefile, Terraform, Markdown, ...
};

FileFormat format_of(std::string_view path);

// The file's name without its folders.
std::string_view base_name(std::string_view path);

}  // namespace holymigrate
