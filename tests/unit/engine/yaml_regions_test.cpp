// yaml_regions() reads the event stream and keeps no outline; it must give
// exactly what the walk over yaml_outline()'s tree gives
// (yaml_regions_by_outline()), region for region, in order.
#include "engine/yaml_regions.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "../../yaml_shape.h"

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

namespace {

// The spot yaml_regions() gives one edit [b, b + cut.size()) where `cut`
// first occurs in `text`.
YamlSpot spot_of(const std::string& text, std::string_view cut, size_t from = 0) {
  size_t b = text.find(cut, from);
  REQUIRE(b != std::string::npos);
  std::vector<YamlSpot> spots;
  yaml_regions(text, false, {{b, b + cut.size()}}, &spots);
  REQUIRE(spots.size() == 1);
  return spots[0];
}

}  // namespace

TEST_CASE("yaml_regions: where an edit lies (YamlSpot)") {
  using S = YamlSpot;
  const std::string block = "a:\n  curl: |\n    curl https://x/v1 \\\n      -H k\n  b: 1\n";
  CHECK(spot_of(block, "https://x/v1") == S::BlockContent);
  CHECK(spot_of(block, "curl https") == S::BlockLineStart);
  CHECK(spot_of(block, "    curl") == S::Unknown);  // the indentation itself
  CHECK(spot_of(block, "-H") == S::BlockLineStart);
  CHECK(spot_of(block, "x/v1 \\\n") == S::Unknown);  // across a line break
  CHECK(spot_of(block, "curl:") == S::Unknown);      // a key
  const std::string plain = "servers:\n- url: https://x/v1\n  n: 'it''s'\n  d: \"q\\n\"\n";
  CHECK(spot_of(plain, "https") == S::PlainStart);
  CHECK(spot_of(plain, "x/v1") == S::Plain);
  CHECK(spot_of(plain, "it") == S::SingleQuoted);
  CHECK(spot_of(plain, "'it") == S::Unknown);  // takes in the quote
  CHECK(spot_of(plain, "q") == S::DoubleQuoted);
  CHECK(spot_of(plain, "url") == S::Unknown);
  // Inside a key that is a collection, nothing is safe.
  CHECK(spot_of("? [https://x, y]\n: 1\n", "x,") == S::Unknown);
  CHECK(spot_of("? [https://x, y]\n: 1\n", "https://x") == S::Unknown);
  // A multi-line plain or quoted scalar: not known.
  CHECK(spot_of("a: one\n  two\n", "two") == S::Unknown);
  CHECK(spot_of("a: \"one\n  two\"\n", "two") == S::Unknown);
  // A text that does not parse has no spots.
  CHECK(spot_of("a: [x\n", "x") == S::Unknown);
  // Only whole UTF-8 characters (the second byte of "é" is no start).
  CHECK(spot_of("a: caf\xc3\xa9s\n", "\xa9s") == S::Unknown);
  CHECK(spot_of("a: caf\xc3\xa9s\n", "f\xc3") == S::Unknown);
  CHECK(spot_of("a: caf\xc3\xa9s\n", "f\xc3\xa9") == S::Plain);
}

TEST_CASE("keeps_structure: what may replace the bytes at each spot") {
  using S = YamlSpot;
  CHECK(keeps_structure(S::BlockContent, "https://api.holysheep.ai/v1"));
  CHECK(keeps_structure(S::BlockContent, "a: b # c"));
  CHECK(keeps_structure(S::BlockContent, ""));
  CHECK_FALSE(keeps_structure(S::BlockContent, "a\nb"));
  CHECK_FALSE(keeps_structure(S::BlockContent, "\t"));
  CHECK(keeps_structure(S::BlockLineStart, "HOLYSHEEP_API_KEY"));
  CHECK_FALSE(keeps_structure(S::BlockLineStart, " x"));
  CHECK_FALSE(keeps_structure(S::BlockLineStart, ""));
  CHECK(keeps_structure(S::PlainStart, "https://api.holysheep.ai/v1"));
  CHECK_FALSE(keeps_structure(S::PlainStart, "-x"));
  CHECK(keeps_structure(S::Plain, "-x"));
  CHECK_FALSE(keeps_structure(S::Plain, "a: b"));
  CHECK_FALSE(keeps_structure(S::Plain, "a:"));
  CHECK_FALSE(keeps_structure(S::Plain, "a #b"));
  CHECK_FALSE(keeps_structure(S::Plain, "x,y"));
  CHECK_FALSE(keeps_structure(S::Plain, ""));
  CHECK(keeps_structure(S::DoubleQuoted, "it's"));
  CHECK_FALSE(keeps_structure(S::DoubleQuoted, "\""));
  CHECK_FALSE(keeps_structure(S::DoubleQuoted, "\\"));
  CHECK(keeps_structure(S::SingleQuoted, "say \"x\""));
  CHECK_FALSE(keeps_structure(S::SingleQuoted, "it's"));
  CHECK_FALSE(keeps_structure(S::Unknown, "x"));
}

TEST_CASE("an edit keeps_structure() allows leaves the file as valid and shaped as before") {
  // Every span of each text (up to 12 bytes long) that yaml_regions() places,
  // with every trial replacement keeps_structure() allows there.
  const std::vector<std::string> texts = {
      "a:\n  curl: |\n    curl https://api.openai.com/v1 \\\n      -H k: v\n\n    # x\n  b: 1\n",
      "k: >-\n  folded text: here\n  more # not a comment\nn: 2\n",
      "--- |\n  root block\n  - not a list\n",
      "- url: https://api.openai.com/v1\n- plain a:b c\n- [f, low, 'q']\n- {k: v, w: x:y}\n",
      "a: \"dq https://x \\\" y\"\nb: 'sq it''s'\nc: &an plain\nd: *an\n",
      "env:\n  - name: OPENAI_API_KEY\n    value: sk-x\n  - {name: B, value: \"c\"}\n",
      "x: 1\ny: 2\nx2: |+\n  keep\n\n",
      "? complex key\n: value here\n? [a, b]\n: {c: d}\n",
      "a: 1\na: 2\nb: |\n  dup keys before\n",  // not valid before: must stay not valid
      "list:\n- - nested: plain\n    other: 'q'\n  - |\n    block in list\n",
      // Characters of two and three bytes: a cut inside one is not safe
      // (fuzz_validate run 11).
      "k: Y:\xd8\x99rogs caf\xc3\xa9\nq: \"\xef\xbb\xbfx\xc3\xa9\"\nb: |\n  \xe2\x82\xac ok\n",
  };
  size_t tried = 0;
  for (const std::string& text : texts) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t b = 0; b < text.size(); ++b)
      for (size_t x = b + 1; x <= text.size() && x <= b + 12; ++x) spans.emplace_back(b, x);
    std::vector<YamlSpot> spots;
    yaml_regions(text, false, spans, &spots);
    REQUIRE(spots.size() == spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      if (spots[i] == YamlSpot::Unknown) continue;
      for (const std::string& r : holymigrate::testing::yaml_trial_replacements()) {
        if (!keeps_structure(spots[i], r)) continue;
        std::string after = text.substr(0, spans[i].first) + r + text.substr(spans[i].second);
        std::optional<std::string> unlike = holymigrate::testing::yaml_unlike(text, after);
        CAPTURE(text);
        CAPTURE(after);
        CHECK_FALSE(unlike.has_value());
        ++tried;
      }
    }
  }
  CHECK(tried > 2000);
}
