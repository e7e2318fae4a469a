// Reading one client call and making it explicit (docs/behaviour.md §5.1): the argument
// list is read token by token (never by regex over brackets); base URL then
// key are inserted first, on one line or one per line like the existing
// arguments. Calls that cannot be read with confidence become findings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/kinds/client/imports.h"
#include "engine/kinds/client/lexer.h"
#include "model/edit.h"
#include "model/target.h"

namespace holymigrate {

// Fix: edit implicit clients (or report those that cannot be edited), rule
// implicit-client. Legacy: report the implicit clients that stand beside a
// client aimed at the target (a side-by-side set-up), rule legacy-client.
// Both read the file alike, so each reports exactly what the other leaves.
enum class CallMode { Fix, Legacy };

// How inserted JS code reads the environment: `process.env.X` (Node, the
// default), `import.meta.env.X` (Astro frontmatter, server side), or not at
// all (`<script>` blocks of .vue/.svelte/.astro run in the browser, which has
// no environment: the base URL is the literal target and no key is inserted).
enum class JsEnv { Process, ImportMeta, None };

struct ModuleSigns;  // engine/kinds/client/module_config.h

struct CallContext {
  const Target& target;
  const std::string& rule;
  std::vector<size_t> quiet;  // suppressed lines (1-based); calls there are skipped
  CallMode mode = CallMode::Fix;
  JsEnv js_env = JsEnv::Process;
  // A notebook cell: what the notebook's other cells do with the openai
  // module (a key set in one cell, the calls in another).
  const ModuleSigns* module_signs = nullptr;

  // Whether byte `offset` of `text` (the text these calls are in) lies on a
  // line in `quiet`.
  bool quiet_at(std::string_view text, size_t offset) const;
};

// A client call as recognised (for the plan's facts, docs/behaviour.md §5.2).
enum class SeenState { Fixed, Unfixed, Legacy, Explicit };
struct SeenClient {
  // Bytes of the call in the scanned text; with unbalanced brackets `end` is
  // the end of the text (its arguments may run that far).
  size_t begin = 0, end = 0;
  const ClientSpec* spec = nullptr;
  SeenState state = SeenState::Explicit;
  bool key_given = false, base_given = false;  // passed explicitly in the call
  bool aimed = false;                          // its arguments name the target (T, B, A or K)
  // Legacy beside a client in the form this tool inserts (an earlier run's).
  bool beside_ours = false;
};

struct CallEdits {
  std::vector<Edit> edits;  // offsets into the scanned text
  std::vector<Finding> findings;
  std::vector<SeenClient> clients;
  bool needs_os = false;  // a Python insertion reads os.environ
};

// Client calls in a Python or JS/TS text whose imports are `imports`.
CallEdits client_calls(std::string_view text, const std::vector<Token>& tokens,
                       const Imports& imports, Language language, const CallContext& ctx);

// Where `import os` goes in a Python module: after the module docstring and
// `from __future__` imports, at the start of the next statement's line.
size_t python_import_position(std::string_view text, const std::vector<Token>& tokens);

}  // namespace holymigrate
