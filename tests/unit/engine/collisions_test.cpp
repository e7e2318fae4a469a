#include "engine/collisions.h"

#include <doctest/doctest.h>

#include "../rule_fixture.h"

using namespace holymigrate;

namespace {

struct Outcome {
  std::string text;      // after the edits
  std::string findings;  // "rule:severity@line ..." in order
};

Outcome run(const std::string& path, const std::string& text) {
  FileResult r = testing::builtin_rules().scan(text, path);
  resolve_collisions(path, text, r);
  Outcome o{apply_edits(text, r.edits), ""};
  LineIndex lines(text);
  for (const Finding& f : r.findings) {
    if (f.rule != "rename-collision") continue;
    if (!o.findings.empty()) o.findings += ' ';
    o.findings += f.rule + ":" + to_string(f.severity) + "@" + std::to_string(lines.line(f.begin));
  }
  return o;
}

}  // namespace

TEST_CASE("resolve_collisions merges entries that become identical") {
  struct Row {
    const char* path;
    const char* before;
    const char* after;
  };
  const Row rows[] = {
      // compose environment map
      {"docker-compose.yml",
       "services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n"
       "      ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY}\n      X: 1\n",
       "services:\n  api:\n    environment:\n      HOLYSHEEP_API_KEY: ${HOLYSHEEP_API_KEY}\n"
       "      X: 1\n"},
      // workflow env block, CRLF kept
      {".github/workflows/ci.yml",
       "env:\r\n  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\r\n"
       "  ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\r\n",
       "env:\r\n  HOLYSHEEP_API_KEY: ${{ secrets.HOLYSHEEP_API_KEY }}\r\n"},
      // on.workflow_call.secrets, multi-line entries
      {".github/workflows/reuse.yml",
       "on:\n  workflow_call:\n    secrets:\n      OPENAI_API_KEY:\n        required: true\n"
       "      ANTHROPIC_API_KEY:\n        required: true\njobs: {}\n",
       "on:\n  workflow_call:\n    secrets:\n      HOLYSHEEP_API_KEY:\n        required: true\n"
       "jobs: {}\n"},
      // Kubernetes env list, every line of the item removed
      {"k8s/deploy.yaml",
       "env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm\n"
       "        key: OPENAI_API_KEY\n  - name: ANTHROPIC_API_KEY\n    valueFrom:\n"
       "      secretKeyRef:\n        name: llm\n        key: ANTHROPIC_API_KEY\n  - name: Z\n"
       "    value: z\n",
       "env:\n  - name: HOLYSHEEP_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm\n"
       "        key: HOLYSHEEP_API_KEY\n  - name: Z\n    value: z\n"},
      // compose list form
      {"compose.yaml",
       "environment:\n  - OPENAI_API_KEY=${OPENAI_API_KEY}\n  - "
       "\"ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\"\n",
       "environment:\n  - HOLYSHEEP_API_KEY=${HOLYSHEEP_API_KEY}\n"},
      // .env file
      {".env.example", "OPENAI_API_KEY=\nANTHROPIC_API_KEY=\nPORT=1\n",
       "HOLYSHEEP_API_KEY=\nPORT=1\n"},
      // JSON object: last entry, first entry
      {".devcontainer/devcontainer.json",
       "{\"containerEnv\": {\"OPENAI_API_KEY\": \"${localEnv:OPENAI_API_KEY}\",\n"
       "  \"ANTHROPIC_API_KEY\": \"${localEnv:ANTHROPIC_API_KEY}\"}}\n",
       "{\"containerEnv\": {\"HOLYSHEEP_API_KEY\": \"${localEnv:HOLYSHEEP_API_KEY}\"}}\n"},
      {"a.json", "{\"ANTHROPIC_API_KEY\": \"\", \"OPENAI_API_KEY\": \"\", \"b\": 1}",
       "{\"HOLYSHEEP_API_KEY\": \"\", \"b\": 1}"},
      // a TOML table; the same names in another table are another scope
      {"fly.toml",
       "[env]\nOPENAI_API_KEY = \"from-secrets\"\nANTHROPIC_API_KEY = \"from-secrets\"\n"
       "[other]\nOPENAI_API_KEY = \"from-secrets\"\n",
       "[env]\nHOLYSHEEP_API_KEY = \"from-secrets\"\n[other]\nHOLYSHEEP_API_KEY = "
       "\"from-secrets\"\n"},
      // TOML dotted keys: entries of the table their prefix leads to, per table
      {"fly.toml",
       "app = \"a\"\nenv.OPENAI_API_KEY = \"s\"\nenv . ANTHROPIC_API_KEY = \"s\"\n"
       "build.OPENAI_API_KEY = \"s\"\n[x]\nenv.OPENAI_API_KEY = \"s\"\n",
       "app = \"a\"\nenv.HOLYSHEEP_API_KEY = \"s\"\nbuild.HOLYSHEEP_API_KEY = \"s\"\n[x]\n"
       "env.HOLYSHEEP_API_KEY = \"s\"\n"},
      // a Helm template, read by indentation: every line of the item removed
      {"charts/app/templates/deployment.yaml",
       "spec:\n  containers:\n    - name: {{ .Chart.Name }}\n      env:\n"
       "        - name: OPENAI_API_KEY\n          valueFrom:\n            secretKeyRef:\n"
       "              name: {{ include \"app.fullname\" . }}\n              key: llm-key\n"
       "        - name: ANTHROPIC_API_KEY\n          valueFrom:\n            secretKeyRef:\n"
       "              name: {{ include \"app.fullname\" . }}\n              key: llm-key\n"
       "        {{- with .Values.extraEnv }}\n        {{- toYaml . | nindent 8 }}\n"
       "        {{- end }}\n",
       "spec:\n  containers:\n    - name: {{ .Chart.Name }}\n      env:\n"
       "        - name: HOLYSHEEP_API_KEY\n          valueFrom:\n            secretKeyRef:\n"
       "              name: {{ include \"app.fullname\" . }}\n              key: llm-key\n"
       "        {{- with .Values.extraEnv }}\n        {{- toYaml . | nindent 8 }}\n"
       "        {{- end }}\n"},
      // a Helm template's mapping (a ConfigMap's data)
      {"charts/app/templates/configmap.yaml",
       "data:\n  OPENAI_BASE_URL: {{ .Values.baseUrl | quote }}\n"
       "  OPENAI_API_BASE: {{ .Values.baseUrl | quote }}\n  PORT: \"8080\"\n",
       "data:\n  HOLYSHEEP_BASE_URL: {{ .Values.baseUrl | quote }}\n  PORT: \"8080\"\n"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    Outcome o = run(r.path, r.before);
    CHECK(o.text == r.after);
    CHECK(o.findings.empty());
  }
}

TEST_CASE("resolve_collisions renames neither of two entries that would differ") {
  struct Row {
    const char* path;
    const char* before;
    const char* findings;
  };
  const Row rows[] = {
      {".env.example", "OPENAI_API_KEY=a\nANTHROPIC_API_KEY=b\n",
       "rename-collision:error@1 rename-collision:error@2"},
      {"p.toml", "[env]\nOPENAI_API_KEY = \"a\"\nANTHROPIC_API_KEY = \"b\"\n",
       "rename-collision:error@2 rename-collision:error@3"},
      {"k8s/d.yaml",
       "env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n"
       "        key: OPENAI_API_KEY\n  - name: ANTHROPIC_API_KEY\n    valueFrom:\n"
       "      secretKeyRef:\n        name: anthropic\n        key: ANTHROPIC_API_KEY\n",
       "rename-collision:error@2 rename-collision:error@7"},
      // an existing target entry beside a source one
      {"c.yml", "env:\n  HOLYSHEEP_API_KEY: x\n  OPENAI_API_KEY: y\n", "rename-collision:error@3"},
      {"p.toml", "env.OPENAI_API_KEY = \"a\"\nenv.ANTHROPIC_API_KEY = \"b\"\n",
       "rename-collision:error@1 rename-collision:error@2"},
      {"charts/c/templates/d.yaml",
       "env:\n  - name: OPENAI_API_KEY\n    value: {{ .Values.openaiKey | quote }}\n"
       "  - name: ANTHROPIC_API_KEY\n    value: {{ .Values.anthropicKey | quote }}\n",
       "rename-collision:error@2 rename-collision:error@4"},
      // identical text, but one entry is rendered only under a condition: not one entry
      {"charts/c/templates/d.yaml",
       "env:\n  - name: OPENAI_API_KEY\n    value: {{ .Values.key | quote }}\n"
       "  {{- if .Values.anthropic }}\n  - name: ANTHROPIC_API_KEY\n"
       "    value: {{ .Values.key | quote }}\n  {{- end }}\n",
       "rename-collision:error@2 rename-collision:error@5"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    Outcome o = run(r.path, r.before);
    CHECK(o.text == r.before);
    CHECK(o.findings == r.findings);
  }
}

TEST_CASE("resolve_collisions warns where code tells the two names apart") {
  Outcome o = run("src/llm.ts",
                  "const isAnthropic = !!process.env.ANTHROPIC_API_KEY;\n"
                  "const key = process.env.OPENAI_API_KEY ?? process.env.ANTHROPIC_API_KEY;\n");
  CHECK(o.text ==
        "const isAnthropic = !!process.env.HOLYSHEEP_API_KEY;\n"
        "const key = process.env.HOLYSHEEP_API_KEY ?? process.env.HOLYSHEEP_API_KEY;\n");
  CHECK(o.findings == "rename-collision:warning@1");
  // A read after the condition, or guarded by something else, is not a test.
  CHECK(run("a.ts",
            "if (apiKey) env.OPENAI_API_KEY = apiKey;\n"
            "if (env.ANTHROPIC_API_KEY) r.ANTHROPIC_API_KEY = env.ANTHROPIC_API_KEY;\n")
            .findings == "rename-collision:warning@2");
  // Two names of one provider, and prose in a comment, tell nothing apart.
  CHECK(
      run("a.py", "if os.getenv(\"OPENAI_BASE_URL\") and os.getenv(\"OPENAI_API_BASE\"):\n  pass\n")
          .findings.empty());
  CHECK(run("a.rs", "/// reads OPENAI_API_KEY and ANTHROPIC_API_KEY if set\nfn f() {}\n")
            .findings.empty());
  // One name only: nothing to tell apart.
  CHECK(run("a.py", "if os.getenv(\"OPENAI_API_KEY\"):\n  pass\n").findings.empty());
  // JS bindings destructured from the environment are reads too (§4.3): both
  // now hold the HolySheep key, so testing one tells nothing.
  Outcome d = run("src/llm.ts",
                  "const { OPENAI_API_KEY, ANTHROPIC_API_KEY: claudeKey } = process.env;\n"
                  "const provider = claudeKey ? \"anthropic\" : \"openai\";\n"
                  "if (OPENAI_API_KEY) start(OPENAI_API_KEY);\n"
                  "const key = claudeKey ?? OPENAI_API_KEY;\n");
  CHECK(d.text ==
        "const { HOLYSHEEP_API_KEY: OPENAI_API_KEY, HOLYSHEEP_API_KEY: claudeKey } = process.env;\n"
        "const provider = claudeKey ? \"anthropic\" : \"openai\";\n"
        "if (OPENAI_API_KEY) start(OPENAI_API_KEY);\n"
        "const key = claudeKey ?? OPENAI_API_KEY;\n");
  CHECK(d.findings == "rename-collision:warning@2 rename-collision:warning@3");
  // One provider's names: nothing to tell apart.
  CHECK(run("a.js",
            "const { OPENAI_BASE_URL, OPENAI_API_BASE } = process.env;\n"
            "if (OPENAI_API_BASE) legacy();\n")
            .findings.empty());
}

TEST_CASE("resolve_collisions leaves a file with two entries of one name before the run") {
  std::string text = "A: 1\nA: 2\nOPENAI_API_KEY: 3\n";  // invalid YAML: not read at all
  CHECK(run("x.yml", text).text == "A: 1\nA: 2\nHOLYSHEEP_API_KEY: 3\n");
}

TEST_CASE("find_collisions tells the plan which entries would differ (pass 1)") {
  struct Row {
    const char* path;
    const char* text;
    const char* groups;  // "target in scope: name(renamed?)@line ..." per group, ';'-separated
  };
  const Row rows[] = {
      {".env.example", "OPENAI_API_KEY=a\nANTHROPIC_API_KEY=b\n",
       "HOLYSHEEP_API_KEY in .env file: OPENAI_API_KEY+@1 ANTHROPIC_API_KEY+@2"},
      // identical entries are merged, not reported
      {".env.example", "OPENAI_API_KEY=\nANTHROPIC_API_KEY=\n", ""},
      {"c.yml", "env:\n  HOLYSHEEP_API_KEY: x\n  OPENAI_API_KEY: y\n",
       "HOLYSHEEP_API_KEY in mapping: HOLYSHEEP_API_KEY@2 OPENAI_API_KEY+@3"},
      {"compose.yaml",
       "services:\n  a:\n    environment:\n      - OPENAI_API_KEY=1\n      - ANTHROPIC_API_KEY=2\n"
       "  b:\n    environment:\n      - OPENAI_BASE_URL=x\n      - OPENAI_API_BASE=y\n",
       "HOLYSHEEP_API_KEY in list: OPENAI_API_KEY+@4 ANTHROPIC_API_KEY+@5;"
       "HOLYSHEEP_BASE_URL in list: OPENAI_BASE_URL+@8 OPENAI_API_BASE+@9"},
      // one source name per target and no target written: not even parsed
      {"one.yml", "env:\n  OPENAI_API_KEY: a\n  OPENAI_BASE_URL: b\n", ""},
      // code has no scopes of entries
      {"a.py", "a = os.environ['OPENAI_API_KEY']\nb = os.environ['ANTHROPIC_API_KEY']\n", ""},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CAPTURE(r.text);
    FileResult found = testing::builtin_rules().scan(r.text, r.path);
    LineIndex lines(r.text);
    std::string got;
    for (const Collision& c : find_collisions(r.path, r.text, found.edits)) {
      if (!got.empty()) got += ';';
      got += c.target + " in " + c.scope + ":";
      for (const CollisionEntry& e : c.entries)
        got += " " + e.name + (e.renamed ? "+" : "") + "@" + std::to_string(lines.line(e.begin));
    }
    CHECK(got == r.groups);
  }
}

// fuzz_plan run 10: two entries that already shared a name before the run
// (a repeated .env key) share it after it whatever the renames do. They were
// refused as a collision only when something else made the file worth
// parsing (a target name written in it), so the next run renamed them.
TEST_CASE("resolve_collisions: entries of one name before the run are not a collision") {
  const char* const rows[] = {
      "OPENAI_BASE_URL=a\nOPENAI_BASE_URL=b\nX=HOLYSHEEP_API_KEY\nOPENAI_API_KEY=k\n",
      "OPENAI_BASE_URL=a\nOPENAI_BASE_URL=b\n",
  };
  for (const char* before : rows) {
    CAPTURE(before);
    Outcome o = run(".env", before);
    CHECK(o.findings.empty());
    CHECK(o.text.find("OPENAI_BASE_URL") == std::string::npos);  // both renamed
    CHECK(find_collisions(".env", before, testing::builtin_rules().scan(before, ".env").edits)
              .empty());
  }
  // A second name joining them is still a collision.
  CHECK(run(".env", "OPENAI_BASE_URL=a\nOPENAI_BASE_URL=b\nOPENAI_API_BASE=c\n").findings ==
        "rename-collision:error@1 rename-collision:error@2 rename-collision:error@3");
}
