// notebook_code_cells() validates the notebook in the same pass that maps its
// cells: it must accept exactly what nlohmann::json::accept() accepts.
#include "engine/kinds/client/notebook.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "util/yaml_stream.h"

using namespace holymigrate;

namespace {

bool accepted(const std::string& text) { return nlohmann::json::accept(text); }

// A notebook with `value` as the value of a metadata key and `line` as a
// line of its code cell.
std::string notebook(const std::string& value, const std::string& line = "x = 1\\n") {
  return "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"" + line +
         "\"], \"outputs\": []}], \"metadata\": {\"v\": " + value + "}, \"nbformat\": 4}";
}

}  // namespace

TEST_CASE("notebook_code_cells accepts what nlohmann accepts") {
  const std::string values[] = {
      "1",
      "-0",
      "0.5",
      "-1.25e+10",
      "1E-3",
      "12",
      "01",
      "1.",
      ".5",
      "-",
      "1e",
      "1e+",
      "1e400",
      "-1e309",
      "1e-400",
      "123456789012345678901234567890",
      "+1",
      "- 1",
      "true",
      "false",
      "null",
      "tru",
      "nul",
      "True",
      "[]",
      "[1, 2,]",
      "{}",
      "{\"a\": 1,}",
      "{\"a\" 1}",
      "\"plain\"",
      "\"tab\tinside\"",
      "\"a\\tb\\n\\r\\b\\f\\/\\\\\\\"\"",
      "\"\\x\"",
      "\"\\u00e9\\u20AC\"",
      "\"\\u00G0\"",
      "\"\\u12\"",
      "\"\\ud83d\\ude00\"",
      "\"\\ud83d\"",
      "\"\\ud83dx\"",
      "\"\\ud83d\\u0041\"",
      "\"\\ude00\"",
      "\"\\u0000\"",
      "\"\xc3\xa9\"",
      "\"\xe2\x82\xac\"",
      "\"\xf0\x9f\x98\x80\"",
      "\"\xc3\"",
      "\"\xc0\x80\"",
      "\"\xc1\xbf\"",
      "\"\xe0\x80\x80\"",
      "\"\xed\xa0\x80\"",
      "\"\xf4\x90\x80\x80\"",
      "\"\xf5\x80\x80\x80\"",
      "\"\x80\"",
      "\"\xff\"",
      "\"\x7f\"",
      "\"\x01\"",
      "\"unterminated",
  };
  for (const std::string& v : values) {
    std::string nb = notebook(v);
    CAPTURE(nb);
    CHECK(notebook_code_cells(nb).has_value() == accepted(nb));
  }
  const std::string whole[] = {
      notebook("1") + "  \n",
      notebook("1") + " x",
      notebook("1") + "{}",
      "\xef\xbb\xbf" + notebook("1"),
      "",
      "  ",
      "[]",
      "{}",
      "{\"cells\": 1}",
      "{\"cells\": [1, \"a\", {}]}",
  };
  for (const std::string& nb : whole) {
    CAPTURE(nb);
    // A notebook is an object: a BOM or another top level is not mapped.
    bool object = accepted(nb) && nb.find('{') == nb.find_first_not_of(" \n");
    CHECK(notebook_code_cells(nb).has_value() == object);
  }
}

TEST_CASE("notebook_code_cells agrees with nlohmann on mutated notebooks") {
  const std::string base = notebook(
      "[{\"data\": {\"image/png\": \"iVBORw0KGgoAAAANSUhEUg==\", \"text/plain\": "
      "[\"\\u00e9\\n\"]}, "
      "\"execution_count\": 3, \"n\": -1.5e-3, \"ok\": true, \"none\": null}]",
      "client = OpenAI(api_key=\\\"\xc3\xa9\\ud83d\\ude00\\\")\\n");
  REQUIRE(accepted(base));
  REQUIRE(notebook_code_cells(base).has_value());
  const std::string alphabet = "\"\\{}[],:0123456789.eE+-tfnrlu aA\t\n\x01\x7f\x80\xc3\xa9\xed\xf0";
  std::mt19937 rng(15);
  int agreed = 0, valid = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string t = base;
    size_t at = rng() % t.size();
    char c = alphabet[rng() % alphabet.size()];
    switch (rng() % 3) {
      case 0:
        t[at] = c;
        break;
      case 1:
        t.insert(t.begin() + static_cast<std::ptrdiff_t>(at), c);
        break;
      default:
        t.erase(at, 1);
    }
    CAPTURE(t);
    bool ok = notebook_code_cells(t).has_value();
    CHECK(ok == accepted(t));
    agreed += ok == accepted(t);
    valid += ok;
  }
  CHECK(agreed == 3000);
  // Both answers occur often enough for the comparison to mean something.
  CHECK(valid > 300);
  CHECK(valid < 2700);
}

namespace {

// What docs/behaviour.md §5.6 read from the YAML outline before notebook_map()
// gave it: the span of `outputs` in each object of the first "cells".
std::optional<std::vector<std::pair<size_t, size_t>>> outline_outputs(const std::string& text) {
  std::optional<std::vector<YamlNode>> docs = yaml_outline(text);
  if (!docs || docs->empty()) return std::nullopt;
  std::vector<std::pair<size_t, size_t>> out;
  const YamlNode* cells = (*docs)[0].get("cells");
  if (!cells || !cells->is_sequence()) return out;
  for (const YamlNode& cell : cells->items)
    if (const YamlNode* o = cell.get("outputs")) out.emplace_back(o->begin, o->end);
  return out;
}

}  // namespace

TEST_CASE("notebook_map: output spans are where the YAML outline puts them") {
  const std::string rows[] = {
      notebook("1"),
      "{\"cells\": [{\"cell_type\": \"code\", \"outputs\": [{\"output_type\": \"stream\", "
      "\"text\": [\"OPENAI_API_KEY\\n\"]}], \"source\": \"x\"}, {\"cell_type\": \"markdown\", "
      "\"source\": []}]}",
      // Pretty-printed, CRLF, blanks around the value.
      "{\r\n \"cells\": [\r\n  {\r\n   \"cell_type\": \"code\",\r\n   \"outputs\":   [ \r\n  "
      "  {\"a\": 1}\r\n   ]  ,\r\n   \"source\": []\r\n  }\r\n ]\r\n}\r\n",
      // A repeated key: the first one counts, as YamlNode::get() reads it.
      "{\"cells\": [{\"outputs\": [1], \"outputs\": [2, 3], \"cell_type\": \"raw\"}]}",
      // Outputs that are not an array; a cell that is not an object.
      "{\"cells\": [{\"outputs\": {\"k\": \"v\"}}, 7, {\"outputs\": \"s\"}, {\"outputs\": 1.5e3}]}",
      // Only the first "cells" key is read for outputs.
      "{\"cells\": [{\"outputs\": [1]}], \"cells\": [{\"outputs\": [2]}]}",
      "{\"cells\": 3, \"cells\": [{\"outputs\": [2]}]}",
      "{\"metadata\": {}, \"cells\": []}",
  };
  for (const std::string& nb : rows) {
    CAPTURE(nb);
    std::optional<NotebookMap> map = notebook_map(nb);
    REQUIRE(map.has_value());
    std::optional<std::vector<std::pair<size_t, size_t>>> want = outline_outputs(nb);
    REQUIRE(want.has_value());
    CHECK(map->outputs == *want);
    CHECK(notebook_code_cells(nb)->size() == map->code_cells.size());
  }
}

TEST_CASE("notebook_map: output spans agree with the YAML outline on mutated notebooks") {
  const std::string base =
      "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"outputs\": "
      "[{\"data\": {\"text/plain\": [\"'sk-x'\"]}, \"output_type\": \"execute_result\"}, "
      "{\"name\": \"stdout\", \"text\": [\"OPENAI_API_KEY=1\\n\"]}], \"source\": [\"import "
      "os\\n\", "
      "\"os.environ[\\\"OPENAI_API_KEY\\\"]\"]}, {\"cell_type\": \"markdown\", \"source\": "
      "[\"x\"]}], "
      "\"nbformat\": 4}";
  REQUIRE(notebook_map(base).has_value());
  const std::string alphabet = "\"\\{}[],:0123456789.eE+-tfnrlu aA\t\n";
  std::mt19937 rng(16);
  int compared = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string t = base;
    size_t at = rng() % t.size();
    char c = alphabet[rng() % alphabet.size()];
    switch (rng() % 3) {
      case 0:
        t[at] = c;
        break;
      case 1:
        t.insert(t.begin() + static_cast<std::ptrdiff_t>(at), c);
        break;
      default:
        t.erase(at, 1);
    }
    std::optional<NotebookMap> map = notebook_map(t);
    std::optional<std::vector<std::pair<size_t, size_t>>> want = outline_outputs(t);
    if (!map || !want) continue;
    CAPTURE(t);
    CHECK(map->outputs == *want);
    ++compared;
  }
  CHECK(compared > 300);
}
