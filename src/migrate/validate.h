// docs/behaviour.md §11.1: a file that parsed before the run must still parse
// after it. Checked on the new bytes before they may be written; a file that
// would break is not written and gets finding `would-break-file` (error).
//
// What "parses" means, per format (util/file_format.h picks it from the path):
//   YAML (.yml/.yaml)   libfyaml, every document, duplicate keys rejected
//   JSON, .ipynb        nlohmann-json, duplicate keys in one object rejected
//   TOML                toml++ (which rejects duplicate keys itself)
//   .env files          no variable assigned twice (`NAME=` / `export NAME=`)
//   Python, JS/TS, Go/Java/Kotlin/C#/Rust, Ruby
//                       the tool's lexer: strings and comments close, and
//                       brackets ( [ { balance
// Other files (shell, Dockerfile, Markdown, ...) are not checked. A file whose
// text did not parse before (a Helm template, a JSON-with-comments file) is
// not held to it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace holymigrate {

struct FormatError {
  size_t line = 0;      // 1-based line in the checked text; 0 when unknown
  std::string message;  // e.g. "duplicate key \"HOLYSHEEP_API_KEY\""
};

// nullopt when `text` is valid in the format of `path`, or the format is not
// checked; the first problem otherwise.
std::optional<FormatError> check_format(std::string_view path, std::string_view text);

// The problem `after` has when `before` was valid in the format of `path`;
// nullopt when the edit keeps the file valid, or `before` was not valid.
// `after` is parsed first and `before` only when `after` fails.
std::optional<FormatError> would_break(std::string_view path, std::string_view before,
                                       std::string_view after);

}  // namespace holymigrate
