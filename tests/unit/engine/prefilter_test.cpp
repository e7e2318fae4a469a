// The prefilter (no behaviour rule, issue 7) only skips work: a scan with it must
// give exactly what a full scan without it gives. Table of tricky inputs;
// the generated corpus is checked by tests/corpus/ (prefilter_check).
#include <doctest/doctest.h>

#include <string>

#include "rule_fixture.h"

using namespace holymigrate;

namespace {

std::string describe(const FileResult& r) {
  std::string out;
  for (const Edit& e : r.edits)
    out += "edit " + e.rule + " " + std::to_string(e.begin) + "-" + std::to_string(e.end) + " " +
           e.replacement + "\n";
  for (const Finding& f : r.findings)
    out += "finding " + f.rule + " " + std::to_string(f.begin) + "-" + std::to_string(f.end) + "\n";
  return out;
}

}  // namespace

TEST_CASE("the prefilter never drops what a full scan finds") {
  const RuleSet& rules = testing::builtin_rules();
  std::string big(70000, 'x');
  const std::string rows[] = {
      "https://api.openai.com/v1",                        // the whole file
      "OPENAI_API_KEY",                                   // the whole file, no newline
      "x\nhttps://api.openai.com",                        // at the very end
      "HTTPS://API.OPENAI.COM/v1/models\r\n",             // upper case, CRLF
      "Api.Anthropic.Com\r\nANTHROPIC_API_KEY=\r\n",      // mixed case bare host
      "a\r\nb = \"https://api.openai.com/v1\"\r\nc\r\n",  // CRLF lines
      big + "https://api.openai.com/v1",                  // past 64 KiB buffers
      big.substr(0, 65535) + "OPENAI_API_KEY" + big,      // across a 64 KiB boundary
      big.substr(0, 4095) + "sk-proj-Zq8vN3kLm2Tx7RbW9yHc4DfG",
      "task-queue disk-usage sk-short sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "wss://api.openai.com/v1/realtime",
      "https://my-res.openai.azure.com/",
      "\xef\xbb\xbfOPENAI_BASE_URL=https://api.openai.com/v1",  // after a BOM
      "VITE_OPENAI_API_KEY NEXT_PUBLIC_ANTHROPIC_BASE_URL",
      "eu.api.openai.com AZURE_OPENAI_API_KEY api.openai.com.evil.io",  // near-misses
      "",
  };
  for (const std::string& text : rows) {
    CAPTURE(text.size() > 200 ? text.substr(text.size() - 80) : text);
    CHECK(describe(rules.scan(text, "f.txt", Prefilter::On)) ==
          describe(rules.scan(text, "f.txt", Prefilter::Off)));
  }
  // And the rows that must hold something do.
  CHECK(!rules.scan(big + "https://api.openai.com/v1", "f.txt").edits.empty());
  CHECK(!rules.scan("HTTPS://API.OPENAI.COM/v1/models\r\n", "f.txt").edits.empty());
}

TEST_CASE("the client gate skips lexing only files that can hold no client") {
  // Rows: (path, text, whether the full scan finds something). The gate
  // (Matcher::may_act) must agree with the full scan on every row.
  struct Row {
    const char* path;
    std::string text;
    bool finds;
  };
  const Row rows[] = {
      {"a.py", "from openai import OpenAI\nc = OpenAI()\n", true},
      {"a.py", "from llama_index.llms.openai import OpenAI\nc = OpenAI()\n", true},
      {"a.py", "import anthropic\nc = anthropic.Anthropic()\n", true},
      {"a.py", "import os\nBASE = os.environ.get('ANTHROPIC_BASE_URL')\n", true},
      {"a.ts", "const base = process.env.OPENAI_BASE_URL;\n", true},
      {"a.py", "# OpenAI is mentioned, nothing imported\nOpenAI()\n", false},
      {"a.ts", "const OpenAI = require('openai');\nconst c = new OpenAI();\n", true},
      {"a.ts", "import Anthropic from '@anthropic-ai/sdk';\nnew Anthropic();\n", true},
      {"a.ts", "// OpenAI docs: new OpenAI()\n", false},
      {"A.java", "var c = OpenAIOkHttpClient.fromEnv();\n", true},
      {"A.java", "package com.openai.client; // OpenAIOkHttpClient builder()\n", false},
      {"a.go", "import \"github.com/openai/openai-go\"\nc := openai.NewClient()\n", true},
      {"a.go", "// openai.NewClient() without the import\n", false},
      {"a.rb", "client = OpenAI::Client.new\n", true},
      {"n.ipynb",
       R"({"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":["from openai import OpenAI\n","c = OpenAI()\n"]}],"metadata":{},"nbformat":4,"nbformat_minor":5})",
       true},
      {"n.ipynb",
       R"({"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":["print('OpenAI')\n"]}],"metadata":{},"nbformat":4,"nbformat_minor":5})",
       false},
  };
  const RuleSet& rules = testing::builtin_rules();
  for (const Row& row : rows) {
    CAPTURE(row.path);
    CAPTURE(row.text);
    std::string on = describe(rules.scan(row.text, row.path, Prefilter::On));
    CHECK(on == describe(rules.scan(row.text, row.path, Prefilter::Off)));
    CHECK(on.empty() == !row.finds);
  }
}
