// --shard K/N (docs/behaviour.md §12): which of N CI jobs owns a file. The
// hash is of the file's path as the report prints it, so every job run with
// the same PATH arguments from the same folder splits the tree alike, on any
// machine (FNV-1a 64-bit: stable, not std::hash).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "util/error.h"

namespace holymigrate {

struct Shard {
  unsigned index = 1;  // K, 1-based
  unsigned count = 1;  // N; 1 means no sharding
};

// "K/N" with 1 <= K <= N (decimal, N at most 65536) -> Shard; otherwise an
// error that quotes the text and shows an example.
Expected<Shard> parse_shard(std::string_view text);

// 1..count: the shard that owns `path`.
unsigned shard_of(std::string_view path, unsigned count);

}  // namespace holymigrate
