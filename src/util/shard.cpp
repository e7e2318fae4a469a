#include "util/shard.h"

#include <fmt/format.h>

#include <charconv>

namespace holymigrate {

Expected<Shard> parse_shard(std::string_view text) {
  auto bad = [&] {
    return Expected<Shard>::failure(
        fmt::format("--shard: \"{}\" is not K/N with 1 <= K <= N (e.g. --shard 2/4 for the second "
                    "of four jobs)",
                    text));
  };
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return bad();
  auto number = [](std::string_view s, unsigned& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
  };
  Shard shard;
  if (!number(text.substr(0, slash), shard.index) || !number(text.substr(slash + 1), shard.count))
    return bad();
  if (shard.count == 0 || shard.count > 65536 || shard.index == 0 || shard.index > shard.count)
    return bad();
  return shard;
}

unsigned shard_of(std::string_view path, unsigned count) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : path) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return count <= 1 ? 1 : static_cast<unsigned>(h % count) + 1;
}

}  // namespace holymigrate
