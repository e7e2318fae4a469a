// Reading a file for scanning, and noticing whether it changed since.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "discover/discover.h"
#include "util/error.h"

namespace holymigrate {

// What is remembered about a file at read time, to refuse writing over a
// file that changed since (docs/behaviour.md §6).
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
  uint32_t mode = 0;   // permission bits
  uint64_t links = 1;  // hard links (st_nlink): names of this one file
  bool operator==(const FileStamp&) const = default;
};

struct ReadFile {
  std::string bytes;
  FileStamp stamp;
  std::optional<SkipReason> skipped;  // set: bytes is empty, file not scanned
};

// Reads a regular file whole; classifies binary (NUL in the first 8 KiB),
// too large (> max_size), symlink (never followed) and unreadable files.
ReadFile read_file(const std::filesystem::path& path, uint64_t max_size);

// Stat without following links; nullopt when the file is gone.
std::optional<FileStamp> stamp_of(const std::filesystem::path& path);

}  // namespace holymigrate
