// What a Python or JavaScript/TypeScript file imports, as far as clients are
// concerned (docs/behaviour.md §5.1): which local names are known SDK clients, which are
// module aliases (`import openai`, `import * as ns`), and where the Anthropic
// SDK is imported (§5.4). A name also defined or imported from elsewhere in
// the file (`class OpenAI`, `from mylib import OpenAI`) is not a client.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/kinds/client/client_spec.h"
#include "engine/kinds/client/lexer.h"

namespace holymigrate {

struct ImportSite {
  size_t begin = 0, end = 0;         // bytes: the import statement up to its module name
  const ClientSpec* spec = nullptr;  // set for report-only imports
  // Imports that are clients themselves (ClientSpec::report_import): the
  // local name, and the byte where the import statement ends (after its `;`).
  std::string local;
  size_t statement_end = 0;
  bool semicolon = false;  // the statement ends with `;`
};

struct Imports {
  std::map<std::string, std::vector<const ClientSpec*>, std::less<>> names;
  std::map<std::string, std::string, std::less<>> modules;  // local (dotted) name -> module
  bool binds_os = false;              // Python: `import os` (unaliased) at column 0
  std::vector<ImportSite> anthropic;  // imports of the Anthropic SDK
  std::vector<ImportSite> reported;   // imports that are themselves implicit clients
};

Imports find_imports(std::string_view text, const std::vector<Token>& tokens, Language language);

// Cheap checks, before a file is lexed, that a module name found at byte
// `at` of `text` can belong to an import statement find_imports() reads; a
// file where no module name passes them imports no SDK, and its lexing is
// skipped (docs/performance.md, "Only the work a file needs"). Each check
// may say yes wrongly, never no wrongly, for the statements find_imports()
// reads:
// - Python: `import` appears on the name's line, or on the line before or
//   after it (a statement continued with a backslash; in a notebook the
//   lines are JSON strings, and these checks run on the raw JSON text).
//   `from m import (a,\n b)` names its module on its first line.
// - JavaScript/TypeScript: the name is inside a string literal (quote,
//   backtick) whose opening quote follows `from`, `import` or `require(`,
//   with only blanks and line breaks between; a comment's end (`*/`) right
//   before the quote, or no quote within 256 bytes before the name, also
//   says yes.
// Both take time bounded by the length of three lines (Python) or 256 bytes
// plus the blanks before the quote (JavaScript).
bool may_be_python_import(std::string_view text, size_t at);
bool may_be_js_import(std::string_view text, size_t at);

// Specs for `module.name` as a call target.
std::vector<const ClientSpec*> specs_for(std::string_view module, std::string_view name,
                                         Language language);

}  // namespace holymigrate
