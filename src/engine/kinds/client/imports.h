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

// Cheap checks, before a file is lexed, that a module name found at a byte
// of the file can belong to an import statement find_imports() reads; a file
// where no module name passes them imports no SDK, and its lexing is skipped
// (docs/performance.md, "Only the work a file needs"). They may say yes
// wrongly, never no wrongly, for the token sequences find_imports() reads,
// malformed ones included (tests/fuzz/client_fuzz.cpp checks a scan with and
// without them):
// - Python (not notebooks: in their raw JSON text, escapes such as `\t` or
//   `\u0069mport` stand between the tokens, so a notebook is lexed when it
//   names a module at all): the dotted name holding the module name (blanks
//   and line breaks around its dots allowed) is preceded, over blanks, line
//   breaks and backslash continuations, by the word `import` or `from`, or
//   by `,` or `(` (a name in an import list); a line crossed on the way
//   (also inside the dotted name) that holds `#` (a comment may hide a
//   token) says yes. And the dotted name is absolute, its first part the
//   root package of a known module (client_specs()) or `anthropic`: a
//   relative import (`from ..openai_x import y`) binds only the project's
//   own code.
// - JavaScript/TypeScript: the name's opening quote (', ", `; found within
//   256 bytes back, else yes) is preceded by `from`, by `require (`, or by
//   an import clause: identifiers, `,`, `*` and `{…}` blocks back to the word
//   `import`. A `/` on the way, or a line break crossed back into a line
//   holding `//` (a comment), or a quote inside the braces says yes; any
//   other punctuation outside braces, or a string, says no. And the string, as the reader
//   normalises it (`npm:openai@4`, CDN URLs), names a known module, the
//   Anthropic SDK or one of its subpaths; `openai/resources` or
//   `./openai-helpers` name none.
// One context per file: the checks together examine at most about eight
// times the text's bytes (then they say yes), whatever the number of names.
class ImportContext {
 public:
  ImportContext(std::string_view text, Language language);
  // `at`: the byte offset of a module name's first byte in the text.
  bool may_import(size_t at);

 private:
  bool python(size_t at);
  bool python_context(size_t i);
  bool javascript(size_t at);
  bool javascript_context(size_t q);
  // Takes `n` bytes of work from the budget; false once it is spent.
  bool spend(size_t n);
  // Whether the line that ends at byte `end` holds `what` (true, too, once
  // the budget is spent: every caller takes it as a yes).
  bool line_holds(size_t end, std::string_view what);

  std::string_view text_;
  Language language_;
  size_t budget_;
};

// Specs for `module.name` as a call target.
std::vector<const ClientSpec*> specs_for(std::string_view module, std::string_view name,
                                         Language language);

}  // namespace holymigrate
