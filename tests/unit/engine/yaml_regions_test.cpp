// yaml_regions() reads the event stream and keeps no outline; it must give
// exactly what the walk over yaml_outline()'s tree gives
// (yaml_regions_by_outline()), region for region, in order.
#include "engine/yaml_regions.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using namespace holymigrate;

namespace {

std::string show(const std::optional<std::vector<YamlRegion>>& regions, std::string_view text) {
  if (!regions) return "(does not parse)";
  std::string out;
  for (const YamlRegion& r : *regions) {
    const char* how = r.how == EnvAccess::ContainerEnv  ? "env"
                      : r.how == EnvAccess::ActionInput ? "input"
                                                        : "?";
    const char* origin = r.origin == ContainerOrigin::Tree    ? "tree"
                         : r.origin == ContainerOrigin::Image ? "image"
                                                              : "unknown";
    out += fmt::format("{} [{}] {}{} | ", how, text.substr(r.begin, r.end - r.begin),
                       r.detail.empty() ? "" : r.detail + " ", origin);
  }
  return out;
}

}  // namespace

TEST_CASE("yaml_regions: what each region is") {
  struct Row {
    bool ci;
    std::string text;
    std::string regions;
  };
  const Row rows[] = {
      // The image comes after env: in the container (records read at the end).
      {false,
       "containers:\n  - name: a\n    env:\n      - name: K\n        value: x\n"
       "    image: ghcr.io/a:1\n",
       "env [name: K\n        value: x] ghcr.io/a:1 image | "},
      // compose: build: after environment: makes it the tree's program.
      {false,
       "services:\n  api:\n    environment:\n      K: v\n    image: acme/api\n    build: .\n",
       "env [K: v] acme/api tree | "},
      // A bind mount of the tree, short and long form; a named volume is not.
      {false,
       "services:\n  a:\n    image: python:3\n    environment: [K=1]\n    volumes: ['./app:/app']\n"
       "  b:\n    image: python:3\n    environment: [K=1]\n    volumes:\n      - source: ./x\n"
       "  c:\n    image: python:3\n    environment: [K=1]\n    volumes: [data:/data]\n",
       "env [K=1] python:3 tree | env [K=1] python:3 tree | env [K=1] python:3 image | "},
      // Helm values: image: {repository: …} names the image of env: beside it.
      {false, "image:\n  repository: '{{ .Values.r }}'\nenv:\n  K: \"\"\n",
       "env [K: \"\"] {{ .Values.r }} tree | "},
      // The image is inherited from an enclosing mapping; the first image: counts.
      {false, "image: outer\nimage: second\njob:\n  extraEnv:\n    K: v\n",
       "env [K: v] outer image | "},
      // An env: that is a scalar is no container env; a key that is a collection is skipped.
      {false, "env: K\n? [env]\n: {env: {K: v}}\n", ""},
      // Entries are not walked into.
      {false, "env:\n  K:\n    env:\n      J: v\n", "env [K:\n    env:\n      J: v] unknown | "},
      // CI: a step's with:/env: are one region each, whether uses: is before or after.
      {true,
       "jobs:\n  a:\n    env:\n      K: v\n    steps:\n      - with:\n          k: v\n"
       "        uses: org/act@v1\n      - uses: org/b@v2\n        env: {K: v}\n",
       "input [with:\n          k: v] org/act@v1 unknown | input [env: {K: v}] org/b@v2 unknown "
       "| "},
      // CI: a with: of a mapping that is not a step is walked: a step inside it counts.
      {true, "with:\n  inner:\n    uses: x\n    env: {a: b}\n", "input [env: {a: b}] x unknown | "},
      // A step inside a step's with: is not reached.
      {true, "uses: outer\nwith:\n  uses: inner\n  env: {a: b}\n",
       "input [with:\n  uses: inner\n  env: {a: b}] outer unknown | "},
      // Not CI: env: keys count, uses: does not.
      {false, "uses: x\nenv: {a: b}\n", "env [a: b] unknown | "},
      // Two documents, each from the top.
      {false, "image: a\nenv: [X=1]\n---\nenv: [Y=1]\n",
       "env [X=1] a image | env [Y=1] unknown | "},
      {false, "env: [a\n", "(does not parse)"},
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(show(yaml_regions(r.text, r.ci), r.text) == r.regions);
    CHECK(show(yaml_regions_by_outline(r.text, r.ci), r.text) == r.regions);
  }
}

TEST_CASE("yaml_regions answers as the walk over the outline does") {
  // Pieces put together in many ways: keys that matter in every position,
  // flow and block, quoted keys, anchors and aliases, nested containers.
  const std::vector<std::string> pieces = {
      "image: a\n",
      "image: {repository: r, tag: 1}\n",
      "image:\n  repository: \"{{ .Values.x }}\"\n",
      "image: [x]\n",
      "image: *al\n",
      "'image': q\n",
      "build: .\n",
      "build:\n  context: .\n",
      "volumes:\n  - ./w:/w\n  - data:/d\n",
      "volumes:\n  - type: bind\n    source: ../x\n",
      "volumes: [{source: vol}, {source: ./y}]\n",
      "volumes: ./not-a-list\n",
      "uses: org/act@v1\n",
      "uses: {x: 1}\n",
      "with:\n  a: b\n  env: {K: v}\n",
      "env:\n  K: v\n  J: &al w\n",
      "env:\n  - name: K\n    value: v\n",
      "environment: [K=1, J=2]\n",
      "extraEnv: {K: v}\n",
      "env: scalar\n",
      "containers:\n  - name: c\n    env:\n      - name: K\n    image: inner\n",
      "services:\n  s:\n    environment:\n      K: v\n    volumes: [.:/src]\n",
      "steps:\n  - uses: a/b@v1\n    with:\n      k: v\n  - run: x\n    env:\n      K: v\n",
      "? {env: x}\n: {env: {K: v}}\n",
      "nested:\n  deeper:\n    image: n\n    env: [K=1]\n",
  };
  size_t compared = 0;
  for (size_t a = 0; a < pieces.size(); ++a) {
    for (size_t b = 0; b < pieces.size(); ++b) {
      for (size_t c = 0; c < pieces.size(); c += 3) {
        // Top level, and the same pieces inside a mapping and a list item.
        std::string flat = pieces[a] + pieces[b] + pieces[c];
        std::string inside, item;
        for (const std::string* p : {&pieces[a], &pieces[b], &pieces[c]}) {
          size_t at = 0;
          while (at < p->size()) {
            size_t nl = p->find('\n', at);
            std::string line = p->substr(at, nl - at);
            inside += "  " + line + "\n";
            item += (item.empty() ? "- " : "  ") + line + "\n";
            at = nl + 1;
          }
        }
        for (const std::string& text : {flat, "top:\n" + inside, "list:\n" + item, item}) {
          for (bool ci : {false, true}) {
            CAPTURE(text);
            CAPTURE(ci);
            CHECK(show(yaml_regions(text, ci), text) ==
                  show(yaml_regions_by_outline(text, ci), text));
            ++compared;
          }
        }
      }
    }
  }
  CHECK(compared > 1000);
}
