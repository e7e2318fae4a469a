// The module-level configuration of openai-python (docs/behaviour.md §5.2):
// `openai.api_key = …` then `openai.ChatCompletion.create(…)` (0.x) or
// `openai.chat.completions.create(…)` (≥ 1.0's module client). With no base
// URL set on the module, the SDK talks to api.openai.com (0.x reads
// OPENAI_API_BASE, ≥ 1.0 OPENAI_BASE_URL): a renamed key would go there.
#pragma once

#include <string_view>
#include <vector>

#include "engine/kinds/client/client_call.h"
#include "engine/kinds/client/imports.h"
#include "engine/kinds/client/lexer.h"

namespace holymigrate {

// What a Python text does with the `openai` module (under any alias).
struct ModuleSigns {
  bool base_set = false;      // openai.api_base = / openai.base_url = (any value)
  bool key_set = false;       // openai.api_key = (any value)
  bool azure = false;         // openai.api_type = "azure…", azure_endpoint, api_version …
  bool legacy_calls = false;  // 0.x: openai.ChatCompletion.create(…), openai.error
  bool v1_calls = false;      // >= 1.0: openai.chat.completions.create(…)
  ModuleSigns& operator|=(const ModuleSigns& o);
};

// The signs in `text` (Python), for the module aliases `imports` binds to `openai`.
ModuleSigns module_signs(std::string_view text, const std::vector<Token>& tokens,
                         const Imports& imports);

// Makes the module configuration explicit, appending to `out` (offsets into
// `text`): after each `openai.api_key = …` statement a line
// `openai.api_base = os.environ.get("B", "T")` (0.x) or `openai.base_url = …`
// (>= 1.0) at the statement's indentation; with no key assignment but module
// calls, both base and key (`openai.api_key = os.environ.get("K")`) after the
// module-level `import openai`. The version comes from the calls (`signs`,
// those of the whole notebook for a cell); when the text shows none, or a
// statement shares its line, a finding says what to add. 0.x resources
// imported by name (`from openai import ChatCompletion`) count as 0.x calls;
// without a module-level `import openai` the lines go after that import,
// headed by `import openai`. Nothing when a base
// URL is set or the module is configured for Azure. Sets out.needs_os.
void module_config(std::string_view text, const std::vector<Token>& tokens, const Imports& imports,
                   const ModuleSigns& signs, const CallContext& ctx, CallEdits& out);

}  // namespace holymigrate
