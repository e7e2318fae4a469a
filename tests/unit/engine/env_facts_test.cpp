// docs/behaviour.md §4.6, §11: where a source variable is read and where it
// is provided, from one file's bytes (pass 1).
#include "engine/env_facts.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

using namespace holymigrate;

namespace {

const std::vector<std::string> kSources = {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_BASE_URL",
                                           "OPENAI_API_BASE", "ANTHROPIC_BASE_URL"};

// Every mention of a source name (what the env-rename edits give).
std::vector<size_t> mentions(const std::string& text) {
  std::vector<size_t> out;
  for (const std::string& s : kSources) {
    for (size_t pos = text.find(s); pos != std::string::npos; pos = text.find(s, pos + 1)) {
      size_t end = pos + s.size();
      if (end < text.size() &&
          (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
        continue;
      out.push_back(pos);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "VARIABLE how [detail]" per mention and per framework binding.
std::vector<std::string> facts_of(const std::string& path, const std::string& text) {
  std::vector<std::string> out;
  std::vector<size_t> at = mentions(text);
  std::vector<EnvClass> how = classify_env_uses(path, text, at);
  for (size_t i = 0; i < at.size(); ++i) {
    if (how[i].how == EnvAccess::Unknown) continue;
    size_t end = text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789", at[i]);
    std::string line = variable_at(text, at[i], end) + " " + to_string(how[i].how);
    if (!how[i].detail.empty()) line += " [" + how[i].detail + "]";
    out.push_back(line);
  }
  for (const FrameworkReader& f : framework_readers(path, text, kSources))
    out.push_back(f.variable + " framework-binding [" + f.detail + "]");
  return out;
}

using V = std::vector<std::string>;

std::string join(const V& v) {
  std::string out;
  for (const std::string& s : v) out += s + "\n";
  return out;
}

}  // namespace

TEST_CASE("env facts: code reads, whatever the language") {
  struct Row {
    const char* path;
    const char* text;
    V facts;
  };
  const Row rows[] = {
      {"app.py", "k = os.environ[\"OPENAI_API_KEY\"]\n", {"OPENAI_API_KEY code"}},
      {"web/x.ts",
       "const u = process.env.NEXT_PUBLIC_OPENAI_BASE_URL;\n",
       {"NEXT_PUBLIC_OPENAI_BASE_URL code"}},
      {"main.go", "openai.NewClient(os.Getenv(\"OPENAI_API_KEY\"))\n", {"OPENAI_API_KEY code"}},
      {"run.sh", "curl -H \"x-api-key: $ANTHROPIC_API_KEY\"\n", {"ANTHROPIC_API_KEY code"}},
      {"src/route.ts",
       "import { createAnthropic } from \"@ai-sdk/anthropic\";\n"
       "createAnthropic({ baseURL: process.env.ANTHROPIC_BASE_URL });\n",
       {"ANTHROPIC_BASE_URL code [@ai-sdk/anthropic]"}},
      {"README.md", "Set OPENAI_API_KEY first.\n", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CHECK(join(facts_of(r.path, r.text)) == join(r.facts));
  }
}

TEST_CASE("env facts: provided by env files, Dockerfiles, CI and third-party actions") {
  struct Row {
    const char* path;
    const char* text;
    V facts;
  };
  const Row rows[] = {
      {".env.example", "OPENAI_API_KEY=\n", {"OPENAI_API_KEY env-file"}},
      {"Dockerfile",
       "ENV OPENAI_BASE_URL=https://x.invalid/v1\n",
       {"OPENAI_BASE_URL deployment-env [Dockerfile]"}},
      {".github/workflows/ci.yml",
       "jobs:\n  t:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ "
       "secrets.OPENAI_API_KEY }}\n"
       "    steps:\n      - uses: some-org/ai-review-action@v1\n        with:\n"
       "          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n",
       {"OPENAI_API_KEY deployment-env", "OPENAI_API_KEY secret-store",
        "ANTHROPIC_API_KEY action-input [some-org/ai-review-action@v1]"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CHECK(join(facts_of(r.path, r.text)) == join(r.facts));
  }
}

TEST_CASE("env facts: container env in Kubernetes, compose and Helm is one entry") {
  struct Row {
    const char* path;
    const char* text;
    V facts;
  };
  const Row rows[] = {
      {"k8s/deployment.yaml",
       "spec:\n  template:\n    spec:\n      containers:\n        - name: ui\n"
       "          image: ghcr.io/example/webui:1\n          env:\n"
       "            - name: OPENAI_API_KEY\n              valueFrom:\n                "
       "secretKeyRef:\n"
       "                  name: llm\n                  key: OPENAI_API_KEY\n",
       {"OPENAI_API_KEY container-env [ghcr.io/example/webui:1]",
        "OPENAI_API_KEY container-env [ghcr.io/example/webui:1]"}},
      {"docker-compose.yml",
       "services:\n  api:\n    build: .\n    environment:\n      OPENAI_API_KEY: "
       "${OPENAI_API_KEY}\n",
       {"OPENAI_API_KEY container-env", "OPENAI_API_KEY container-env"}},
      {"compose.yaml",
       "services:\n  api:\n    image: example/api\n    environment:\n"
       "      - OPENAI_API_KEY=${OPENAI_API_KEY}\n",
       {"OPENAI_API_KEY container-env [example/api]",
        "OPENAI_API_KEY container-env [example/api]"}},
      {"chart/values.yaml",
       "image:\n  repository: ghcr.io/example/webui\nenv:\n  OPENAI_API_KEY: \"\"\n",
       {"OPENAI_API_KEY container-env [ghcr.io/example/webui]"}},
      {"chart/templates/deployment.yaml",
       "      containers:\n        - name: {{ .Chart.Name }}\n          env:\n"
       "            - name: OPENAI_API_KEY\n              value: {{ .Values.key | quote }}\n",
       {"OPENAI_API_KEY container-env"}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CHECK(join(facts_of(r.path, r.text)) == join(r.facts));
  }
}

TEST_CASE("env facts: whose program a container runs (§4.6)") {
  // "origin detail" of each mention's container.
  auto origins = [](const std::string& path, const std::string& text) {
    std::string out;
    std::vector<size_t> at = mentions(text);
    for (const EnvClass& c : classify_env_uses(path, text, at)) {
      const char* o = c.origin == ContainerOrigin::Tree    ? "tree"
                      : c.origin == ContainerOrigin::Image ? "image"
                                                           : "unknown";
      out += std::string(o) + (c.detail.empty() ? "" : " " + c.detail) + ";";
    }
    return out;
  };
  CHECK(origins("docker-compose.yml",
                "services:\n  api:\n    build: .\n    image: acme/chat\n    environment:\n"
                "      OPENAI_API_KEY: x\n  ui:\n    image: ghcr.io/x/webui:1\n"
                "    environment:\n      - OPENAI_API_KEY=y\n  bare:\n    environment:\n"
                "      OPENAI_API_KEY: z\n") == "tree acme/chat;image ghcr.io/x/webui:1;unknown;");
  // A template no YAML parser reads (`{{ … }}-x`): the image beside the env key, by indentation.
  CHECK(origins("chart/templates/d.yaml",
                "metadata:\n  name: {{ .Release.Name }}-x\n"
                "      containers:\n        - name: {{ .Chart.Name }}\n"
                "          image: \"{{ .Values.image.repository }}\"\n          env:\n"
                "            - name: OPENAI_API_KEY\n              value: x\n"
                "        - name: sidecar\n          env:\n            - name: OPENAI_API_KEY\n"
                "              value: x\n          image: ghcr.io/berriai/litellm:main\n"
                "        - image: 'busybox:1'\n          env:\n"
                "            - name: OPENAI_API_KEY\n              value: {{ .Values.k }}\n") ==
        "tree;image ghcr.io/berriai/litellm:main;image busybox:1;");
}

TEST_CASE("env facts: images a file builds (§4.6)") {
  auto built = [](const std::string& path, const std::string& text) {
    std::string out;
    for (const std::string& i : images_built(path, text)) out += i + ";";
    return out;
  };
  CHECK(built("Makefile",
              "image:\n\tdocker build -t ghcr.io/acme/chat:$(TAG) .\n"
              "\tdocker buildx build --platform x --tag=acme/worker .\n") ==
        "ghcr.io/acme/chat;acme/worker;");
  CHECK(built("scripts/release.sh", "podman build . --tag \"registry.local:5000/acme/api:1\"\n") ==
        "registry.local:5000/acme/api:1;");
  CHECK(built(".github/workflows/release.yml",
              "    steps:\n      - uses: docker/build-push-action@v6\n        with:\n"
              "          push: true\n          tags: ghcr.io/acme/chat:latest,ghcr.io/acme/chat:1\n"
              "      - uses: docker/build-push-action@v6\n        with:\n          tags: |\n"
              "            acme/worker:latest\n            ${{ env.IMAGE }}:sha\n") ==
        "ghcr.io/acme/chat:latest;ghcr.io/acme/chat:1;acme/worker:latest;");
  // A variable or an expression is no name; prose builds nothing.
  CHECK(built("build.sh", "docker build -t \"$IMAGE\" .\n").empty());
  CHECK(built("README.md", "docker build -t acme/chat .\n").empty());
  CHECK(built("src/app.py", "# docker build -t acme/chat .\n").empty());
}

TEST_CASE("env facts: a prefix belongs to the variable") {
  const std::string text = "x = import.meta.env.VITE_OPENAI_API_KEY";
  size_t at = text.find("OPENAI");
  CHECK(variable_at(text, at, at + 14) == "VITE_OPENAI_API_KEY");
  CHECK(variable_at("OPENAI_API_KEY=1", 0, 14) == "OPENAI_API_KEY");
}

TEST_CASE("framework readers: names a framework derives from its own config") {
  struct Row {
    const char* path;
    const char* text;
    V facts;
  };
  const Row rows[] = {
      {"nuxt.config.ts",
       "export default defineNuxtConfig({\n  runtimeConfig: {\n    openaiApiKey: \"\",\n"
       "    public: {\n      openai: { apiKey: \"\", ttsModel: \"tts-1\" },\n    },\n  },\n});\n",
       {"NUXT_OPENAI_API_KEY framework-binding [Nuxt runtimeConfig openaiApiKey]",
        "NUXT_PUBLIC_OPENAI_API_KEY framework-binding [Nuxt runtimeConfig public.openai.apiKey]"}},
      {"app/settings.py",
       "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n"
       "    openai_api_key: str\n    model: str = \"gpt-4o\"\n"
       "    anthropic_api_key: str = Field(validation_alias=\"CLAUDE_KEY\")\n\n"
       "class Other:\n    openai_api_key: str\n",
       {"OPENAI_API_KEY framework-binding [pydantic-settings field Settings.openai_api_key]"}},
      {"app/conf.py",
       "class S(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix=\"my_\")\n"
       "    openai_api_key: str\n",
       {"MY_OPENAI_API_KEY framework-binding [pydantic-settings field S.openai_api_key]"}},
      {"src/main/resources/application.properties",
       "# comment\nopenai.api.key=\nopenai.api-key=\nserver.port=8080\n",
       {"OPENAI_API_KEY framework-binding [Spring property openai.api.key]"}},  // api-key:
                                                                                // OPENAI_APIKEY
      {"src/main/resources/application.yml",
       "openai:\n  api:\n    key: x\n",
       {"OPENAI_API_KEY framework-binding [Spring property openai.api.key]"}},
      {"config.ts", "const c = { runtimeConfig: { openaiApiKey: \"\" } };\n", {}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.path);
    CHECK(join(facts_of(r.path, r.text)) == join(r.facts));
  }
}
