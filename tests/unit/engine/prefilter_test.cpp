// The prefilter (no behaviour rule, issue 7) only skips work: a scan with it must
// give exactly what a full scan without it gives. Table of tricky inputs;
// the generated corpus is checked by tests/corpus/ (prefilter_check).
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "engine/fast_prefilter.h"
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

TEST_CASE("the Hyperscan prefilter covers what it compiles and says when it cannot tell") {
  // Patterns in RE2 syntax; some are left to RE2 (\pL, (?U), '.').
  const std::vector<std::string> patterns = {
      "(?i)api\\.openai\\.com",
      "sk-",
      "\\pL+zz",
      "(?U)a+b",
      "(?i)kelvin",
      "a.b",
      "(?i)\\b(?P<m>wss?://x\\.(?:a|b)\\.com)(?:[:/?#\"'`\\s]|$)"};
  FastPrefilter fast(patterns);
  std::vector<int> found;
  if (!fast.enabled()) {  // a build without Hyperscan: the RE2::Set does it all
    CHECK_FALSE(fast.match("sk-", found));
    return;
  }
  CHECK(fast.covers(0));
  CHECK(fast.covers(1));
  CHECK_FALSE(fast.covers(2));  // \pL: Hyperscan reads it as ASCII letters
  CHECK_FALSE(fast.covers(3));  // (?U)
  CHECK(fast.covers(4));
  CHECK_FALSE(fast.covers(5));  // '.': one UTF-8 character in RE2, one byte here
  CHECK(fast.covers(6));        // the websocket rule's shape
  CHECK(fast.match("x API.OPENAI.COM sk-", found));
  CHECK(found == std::vector<int>{0, 1});
  found.clear();
  CHECK(fast.match("nothing here", found));
  CHECK(found.empty());
  // RE2's (?i) matches U+212A KELVIN SIGN as k; Hyperscan's byte mode
  // does not: such a text is left to the RE2::Set.
  CHECK_FALSE(
      fast.match("\xE2\x84\xAA"
                 "elvin",
                 found));
}

TEST_CASE("rules whose patterns only RE2 reads are still prefiltered right") {
  // Report rules whose patterns Hyperscan refuses or reads differently.
  std::vector<Rule> rules;
  auto add = [&](const std::string& id, const std::string& pattern) {
    Rule r;
    r.id = id;
    r.message = "found {match}";
    r.severity = Severity::Warning;
    r.pattern = pattern;
    rules.push_back(std::move(r));
  };
  add("letters", "\\pL+zz");
  add("lazy", "(?U)a+b");
  add("kelvin", "(?i)kelvin");
  add("host", "(?i)api\\.openai\\.com");
  add("any", "q.q");
  add("nonspace", "r\\Sr");
  add("negated", "s[^s]s");
  RuleSet set(std::move(rules), Target{});
  const std::string rows[] = {
      "\xc3\xa9zz",  // a non-ASCII letter
      "aab",
      "\xE2\x84\xAA"
      "ELVIN",  // KELVIN SIGN + ELVIN
      "API.OpenAI.com",
      "q\xc3\xa9q r\xc3\xa9r s\xc3\xa9s",  // one character, two bytes
      "none of them",
  };
  for (const std::string& text : rows) {
    CAPTURE(text);
    CHECK(describe(set.scan(text, "f.txt", Prefilter::On)) ==
          describe(set.scan(text, "f.txt", Prefilter::Off)));
  }
  CHECK(set.scan("\xE2\x84\xAA"
                 "ELVIN",
                 "f.txt")
            .findings.size() == 1);
  CHECK(set.scan("\xc3\xa9zz", "f.txt").findings.size() == 1);
  CHECK(set.scan("q\xc3\xa9q r\xc3\xa9r s\xc3\xa9s", "f.txt").findings.size() == 3);
}

TEST_CASE("the Hyperscan compile runs in a child while the caller goes on, and is reaped") {
  const std::vector<std::string> patterns = {"(?i)api\\.openai\\.com", "OPENAI_API_KEY"};
  auto children = [] {
    // This process's live children, from /proc (no test here leaves one).
    std::ifstream in("/proc/self/task/" + std::to_string(gettid()) + "/children");
    std::string pids;
    std::getline(in, pids);
    return pids;
  };
  REQUIRE(children().empty());
  bool compiling = false;
  {
    FastPrefilter unused(patterns);
    compiling = !children().empty();  // not waited for yet
  }
  CHECK(children().empty());  // dropped unused: the child is ended and reaped
  FastPrefilter used(patterns);
  CHECK(children().empty() != compiling);
  // A child exactly when the build has Hyperscan (and fork works).
  CHECK(used.enabled() == compiling);
  CHECK(children().empty());  // read and reaped at first use
  if (compiling) {
    std::vector<int> out;
    CHECK(used.match("see https://API.openai.com/v1", out));
    CHECK(out == std::vector<int>{0});
  }
}

TEST_CASE("the Hyperscan compile child keeps no descriptor but stdio and its pipe") {
  // A copy of the run's janitor socket in the child kept the janitor waiting
  // while the child waited for the run: a --write stopped early hung
  // (scripts/crash-test).
  int sv[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv) == 0);
  // Enough patterns that the database outgrows the pipe's buffer: the child
  // then waits, alive, until the first use reads it.
  std::vector<std::string> patterns;
  for (int i = 0; i < 400; ++i)
    patterns.push_back("(?i)host" + std::to_string(i) + "\\.example\\.(com|org)/v[0-9]+/[a-z]{2,}");
  FastPrefilter p(patterns);
  std::string pid;
  {
    std::ifstream in("/proc/self/task/" + std::to_string(gettid()) + "/children");
    std::getline(in, pid);
  }
  if (!pid.empty()) {  // a child: the build has Hyperscan and fork worked
    pid = pid.substr(0, pid.find(' '));
    size_t open = 0;
    for (int tries = 0; tries < 100; ++tries) {  // it closes them just after fork
      open = 0;
      for (const auto& e : std::filesystem::directory_iterator("/proc/" + pid + "/fd"))
        if (std::stoi(e.path().filename().string()) > 2) ++open;
      if (open == 1) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(open == 1);
  }
  CHECK(p.enabled() == !pid.empty());
  close(sv[0]);
  close(sv[1]);
}

// Inputs a review found the first versions of the client gate refused (the
// gate said no, a full scan found a client): JSON escapes in notebooks,
// comments between an import's tokens, blanks the lexer skips.
TEST_CASE("the client gate lets through imports split by escapes, comments and odd blanks") {
  auto nb = [](const std::string& source) {
    return R"({"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":)" + source +
           R"(}],"metadata":{},"nbformat":4,"nbformat_minor":5})";
  };
  struct Row {
    const char* path;
    std::string text;
  };
  const Row rows[] = {
      {"a.py", "import\vopenai\nc = openai.OpenAI()\n"},
      {"a.py", "from langchain_community.#c\nllms import OpenAI\nc = OpenAI()\n"},
      {"a.py", "from langchain_community # c\n.llms import OpenAI\nc = OpenAI()\n"},
      {"a.py", "import\nopenai\nc = openai.OpenAI()\n"},
      {"a.py", "from\topenai import OpenAI\r\nc = OpenAI()\r\n"},
      {"n.ipynb", nb(R"(["from\topenai import OpenAI\n","c = OpenAI()\n"])")},
      {"n.ipynb", nb(R"(["import\topenai\n","c = openai.OpenAI()\n"])")},
      {"n.ipynb", nb(R"(["\u0069mport openai\n","c = openai.OpenAI()\n"])")},
      {"n.ipynb", nb(R"(["from\u0020openai import OpenAI\n","c = OpenAI()\n"])")},
      {"n.ipynb", nb(R"(["import json,\u0020openai\n","c = openai.OpenAI()\n"])")},
      {"n.ipynb", nb(R"(["from\fopenai import OpenAI\n","c = OpenAI()\n"])")},
      {"n.ipynb", nb(R"("import\nopenai\nc = openai.OpenAI()\n")")},
      {"n.ipynb", nb(R"(["import\tanthropic\n"])")},
      {"n.ipynb",
       nb(R"(["from langchain_community\n", ".llms import OpenAI\n","c = OpenAI()\n"])")},
      {"a.ts", "import OpenAI from // the SDK (v4)\n  \"openai\";\nconst c = new OpenAI();\n"},
      {"a.ts", "import OpenAI from // }\n  \"openai\";\nconst c = new OpenAI();\n"},
      {"a.js", "const OpenAI = require( // sdk.\n  \"openai\");\nconst c = new OpenAI();\n"},
      {"a.ts",
       "import OpenAI from // was \"openai-edge\"\n  \"openai\";\nconst c = new OpenAI();\n"},
      {"a.ts", "import {\"}\" as x, OpenAI} \"openai\"\nconst c = new OpenAI();\n"},
      {"a.ts", "import { OpenAI } from // official SDK.\n  'openai';\nconst c = new OpenAI();\n"},
      {"a.ts", "import Anthropic from // v0.20.\n  '@anthropic-ai/sdk';\nnew Anthropic();\n"},
      {"a.js", "\xEF\xBB\xBFimport OpenAI from // v4!\r\n  'openai';\r\nnew OpenAI();\r\n"},
      {"a.js", "const { OpenAI } = require( // (v4)\n 'openai');\nnew OpenAI();\n"},
      {"a.ts", "import OpenAI from // deno)\n 'https://esm.sh/openai@4';\nnew OpenAI();\n"},
  };
  const RuleSet& rules = testing::builtin_rules();
  for (const Row& row : rows) {
    CAPTURE(row.path);
    CAPTURE(row.text);
    std::string off = describe(rules.scan(row.text, row.path, Prefilter::Off));
    CHECK(!off.empty());  // each holds a client (or an Anthropic import)
    CHECK(describe(rules.scan(row.text, row.path, Prefilter::On)) == off);
  }
}
