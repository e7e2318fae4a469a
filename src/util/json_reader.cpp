#include "util/json_reader.h"

namespace holymigrate {
namespace {

// Every value read, and each object's keys compared once it closes.
class Clean : public JsonReader {
 public:
  using JsonReader::JsonReader;

  bool run() {
    ws();
    if (!value()) return false;
    ws();
    return i_ == s_.size();
  }

 private:
  bool value() {
    ws();
    if (peek() != '{') return skip_value_or_array();
    Nest nest(*this);
    if (!nest.ok()) return false;
    eat('{');
    std::vector<std::string> keys;
    bool ok = members([&](std::string_view key) {
      keys.emplace_back(key);
      return value();
    });
    if (!ok) return false;
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
  }
  bool skip_value_or_array() {
    if (peek() != '[') return skip_value();
    Nest nest(*this);
    if (!nest.ok()) return false;
    return elements([&] { return value(); });
  }
};

}  // namespace

bool json_clean(std::string_view text) { return Clean(text).run(); }

}  // namespace holymigrate
