// The checks that let a file skip lexing (engine/kinds/client/imports.h):
// a module name that may belong to an import statement. They may say yes
// wrongly, never no wrongly: every row whose text find_imports() reads as
// importing an SDK must pass them.
#include "engine/kinds/client/imports.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "engine/kinds/client/lexer.h"

using namespace holymigrate;

namespace {

struct Row {
  Language lang;
  std::string text;
  bool may_import;  // whether some "openai"/"anthropic" in it passes the check
};

// Whether any occurrence of the client kind's needles in `text` passes the
// check (the module names' last dotted parts, as client_kind.cpp searches).
bool passes(const Row& row) {
  ImportContext context(row.text, row.lang);
  for (std::string_view name :
       {"openai", "anthropic", "litellm", "chat_models", "llms", "embeddings", "@anthropic/sdk"}) {
    for (size_t at = row.text.find(name); at != std::string::npos; at = row.text.find(name, at + 1))
      if (context.may_import(at)) return true;
  }
  return false;
}

// The first dotted part of a module name.
std::string_view root_of(std::string_view module) { return module.substr(0, module.find('.')); }

// Whether find_imports() reads an import that matters to the client kind:
// a client name, an Anthropic import, a reported import, or a module alias
// under a known module's root package.
bool imports_an_sdk(const Row& row) {
  Imports im = find_imports(row.text, lex(row.text, row.lang).tokens, row.lang);
  if (!im.names.empty() || !im.anthropic.empty() || !im.reported.empty()) return true;
  for (const auto& [local, module] : im.modules)
    for (const ClientSpec& spec : client_specs())
      if (spec.language == row.lang &&
          (row.lang == Language::Python ? root_of(spec.module) == root_of(module)
                                        : spec.module == module))
        return true;
  return false;
}

}  // namespace

TEST_CASE("a module name passes the import checks wherever an import statement may hold it") {
  const std::string minified = "var a=1;" + std::string(300, 'x') + " openai " +
                               std::string(300, 'y');  // no quote near: let through
  const Row rows[] = {
      // Python
      {Language::Python, "from openai import OpenAI\n", true},
      {Language::Python, "import openai\n", true},
      {Language::Python, "x = 1; import openai as oa\n", true},
      {Language::Python, "from openai import (\n    OpenAI,\n    AsyncOpenAI,\n)\n", true},
      {Language::Python, "from openai \\\n    import OpenAI\n", true},
      {Language::Python, "import os, \\\n    openai\n", true},
      {Language::Python, "from llama_index.llms.openai import OpenAI\n", true},
      {Language::Python, "import anthropic\n", true},
      {Language::Python, "def f():\n    import openai\n    return openai.OpenAI()\n", true},
      {Language::Python, "\xEF\xBB\xBFimport openai\r\n", true},
      {Language::Python, "from openai\n\n\nimport OpenAI\n", true},  // tokens, not lines
      {Language::Python, "import\n\n    openai\n", true},
      {Language::Python, "import # the SDK\nopenai\n", true},
      {Language::Python, "from . import openai\n", true},
      {Language::Python, "from .openai import helper\n", false},  // relative: the project's own
      {Language::Python, "from x import a, openai\n", true},
      {Language::Python, "x = openai.OpenAI()\n", false},
      {Language::Python, "from ...anthropic_types import Beta\n", false},
      {Language::Python, "from .._models import BaseModel  # openai\n", false},
      {Language::Python, "import langchain_community.chat_models as cm\n", true},
      {Language::Python, "from langchain . chat_models import ChatOpenAI\n", true},
      {Language::Python, "from langchain.\\\n    chat_models import ChatOpenAI\n", true},
      {Language::Python, "import openai_helpers\n", false},
      {Language::Python, "from anthropic.types import Message\n", true},
      {Language::Python, "import os\n\nclient = openai.OpenAI()  # openai\n", false},
      {Language::Python, "\"\"\"Calls openai.\n\nSee the docs.\n\"\"\"\n\nx = 1\n", false},
      {Language::Python, "from ._client import OpenAI\n\n\n# openai is the package\n", false},
      {Language::Python, "url = 'https://api.openai.com/v1'\n", false},
      {Language::Python, "", false},
      // notebooks: the checks run on the JSON text
      {Language::Python, "{\"source\": [\"import os\\n\", \"from openai import OpenAI\\n\"]}",
       true},
      {Language::Python, "{\"source\": [\"print('openai')\\n\"]}\n", false},
      {Language::Python, "{\"source\": [\"import os\\nimport openai\\n\"]}", true},
      {Language::Python, "{\"source\": [\"import \\\\\\n\", \"    openai\\n\"]}", true},
      // JavaScript / TypeScript
      {Language::JavaScript, "import OpenAI from 'openai';\n", true},
      {Language::JavaScript, "import OpenAI from \"openai\"\n", true},
      {Language::JavaScript, "import {\n  OpenAI,\n  toFile,\n} from 'openai';\n", true},
      {Language::JavaScript, "import OpenAI\n  from\n  'openai';\n", true},
      {Language::JavaScript, "import * as sdk from 'npm:openai@4';\n", true},
      {Language::JavaScript, "import OpenAI from 'https://esm.sh/openai@4.20.1';\n", true},
      {Language::JavaScript, "const OpenAI = require('openai');\n", true},
      {Language::JavaScript, "const { OpenAI } = require(\n  'openai'\n);\n", true},
      {Language::JavaScript, "const OpenAI = require ( `openai` );\n", true},
      {Language::JavaScript, "import Anthropic from '@anthropic-ai/sdk';\n", true},
      {Language::JavaScript, "import OpenAI from /* the SDK */ 'openai';\n", true},
      {Language::JavaScript, "import 'openai/shims/node';\n", false},  // a subpath: no client
      {Language::JavaScript, minified, true},
      {Language::JavaScript, "const url = 'https://api.openai.com/v1';\n", false},
      {Language::JavaScript, "fetch('openai')\n", false},
      {Language::JavaScript, "// import from the openai package\n", false},
      {Language::JavaScript, "import { x } from './openai-helpers';\n", false},
      {Language::JavaScript, "const s = \"it's openai\";\n", false},
      {Language::JavaScript, "x.require('openai')\n", true},
      {Language::JavaScript, "openai\n", false},
      // what find_imports() reads though no JavaScript engine would (fuzz_client)
      {Language::JavaScript, "import { openai \x01\x02 }\xff\xffm \"@ai-sdk/openai\";\n", true},
      {Language::JavaScript,
       std::string("import { createOpenAI } f\0\0rom \"@ai-sdk/openai\";\n", 49), true},
      {Language::JavaScript, "import Anthropic fdefrom \"@anthropic-ai/sdk\";\n", true},
      {Language::JavaScript, "import {\n  a; b = c\n} x \"openai\";\n", true},
      {Language::JavaScript, "import x from `\nopenai`;\n", false},  // names "\nopenai"
      {Language::JavaScript, "import x // c\n \"openai\";\n", true},
      {Language::JavaScript, "import Anthropic from \"jsr:@anthropic/sdk\";\n", true},
      {Language::JavaScript, "function f() {\n  return \"openai\";\n}\n", false},
      {Language::JavaScript, "const o = { provider: \"openai\" };\n", false},
      {Language::JavaScript, "switch (p) { case \"openai\": break; }\n", false},
      {Language::JavaScript, "import a from \"b\" \"openai\";\n", false},
      {Language::JavaScript, "import \"@anthropic-ai/sdk/shims/node\";\n", true},
      {Language::JavaScript, "import OpenAI from \"npm:openai@4.20\";\n", true},
      {Language::JavaScript, "import { OpenAIStream } from \"openai-edge\";\n", false},
      {Language::JavaScript, "import type { X } from \"openai/resources\";\n", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(passes(row) == row.may_import);
    // Never no wrongly: what find_imports() reads as an SDK import passes.
    if (imports_an_sdk(row)) CHECK(passes(row));
  }
}
