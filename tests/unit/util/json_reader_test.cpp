// json_clean() (util/json_reader.h) may say "clean" only where nlohmann
// parses the text and no object repeats a key: the validator then skips
// nlohmann (docs/behaviour.md §11.1).
#include "util/json_reader.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace holymigrate;

namespace {

// nlohmann's answer, as migrate/validate.cpp asks it: parses, and no object
// repeats a key.
class Keys : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool duplicate = false;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    keys_.emplace_back();
    return true;
  }
  bool key(string_t& k) override {
    duplicate = duplicate || !keys_.back().insert(k).second;
    return !duplicate;
  }
  bool end_object() override {
    keys_.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  std::vector<std::set<std::string>> keys_;
};

bool nlohmann_clean(const std::string& text) {
  Keys sax;
  return nlohmann::json::sax_parse(text.begin(), text.end(), &sax) && !sax.duplicate;
}

}  // namespace

TEST_CASE("json_clean: the same answer as nlohmann on a table") {
  struct Row {
    std::string text;
    bool clean;
  };
  const Row rows[] = {
      {"{}", true},
      {" [1, 2.5, -0, 1e3, \"x\", true, false, null] \n", true},
      {"\"just a string\"", true},
      {"42", true},
      {"{\"a\": {\"b\": [1, {\"c\": 2}]}, \"d\": \"\\u00e9\\ud83d\\ude00\"}", true},
      {"{\"a\": 1, \"a\": 2}", false},
      {"{\"a\": 1, \"\\u0061\": 2}", false},             // equal once decoded
      {"{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}}", true},  // one key in two objects
      {"[{\"a\": 1}, {\"a\": 1}]", true},
      {"{\"a\": 1,}", false},
      {"[1,]", false},
      {"", false},
      {"  ", false},
      {"{} {}", false},
      {"1e400", false},
      {"[1e-400]", true},
      {"\"\\ud800\"", false},
      {"\"a\tb\"", false},
      {"\"\xc3\x28\"", false},
      {"\"\xed\xa0\x80\"", false},
      {"01", false},
      {std::string(600, '[') + std::string(600, ']'), false},  // deeper than the reader goes
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(json_clean(row.text) == row.clean);
    if (row.clean) CHECK(nlohmann_clean(row.text));
  }
  // False is "look closer": nlohmann skips a BOM and has no depth limit.
  CHECK_FALSE(json_clean("\xEF\xBB\xBF{}"));
  CHECK(nlohmann_clean("\xEF\xBB\xBF{}"));
}

TEST_CASE("json_clean: never clean where nlohmann is not, on mutated documents") {
  const std::string base =
      "{\"name\": \"app\", \"env\": {\"OPENAI_API_KEY\": \"x\", \"B\": [1, 2.5e-3, -7]}, "
      "\"s\": \"\\u00e9\\n\\\"q\\\"\", \"ok\": true, \"n\": null, \"list\": [{\"a\": 1}, {\"b\": "
      "\"\xc3\xa9\"}]}";
  REQUIRE(json_clean(base));
  const std::string alphabet = "\"\\{}[],:0123456789.eE+-tfnrlu aAbB\t\n\x01\x80\xc3\xa9";
  std::mt19937 rng(17);
  int agreed = 0, clean = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string t = base;
    for (int k = 0; k < 1 + static_cast<int>(rng() % 2); ++k) {
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
    }
    CAPTURE(t);
    bool mine = json_clean(t);
    CHECK(mine == nlohmann_clean(t));
    agreed += mine == nlohmann_clean(t);
    clean += mine;
  }
  CHECK(agreed == 3000);
  CHECK(clean > 300);
  CHECK(clean < 2700);
}
