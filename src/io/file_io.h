// Reading a file for scanning, and noticing whether it changed since.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "discover/discover.h"
#include "util/error.h"
#include "util/text_encoding.h"

namespace holymigrate {

// What is remembered about a file at read time, to refuse writing over a
// file that changed since (docs/behaviour.md §6).
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t inode = 0;
  uint32_t mode = 0;  // permission bits
  uint32_t uid = 0;   // owner, kept by a write as root (io/atomic_file.h)
  uint32_t gid = 0;
  // Hard links (st_nlink, capped at 2^32 - 1): names of this one file. 32
  // bits keep the stamp at 40 bytes with the owner in it; at 48 bytes the
  // peak RSS of `--write -j1` on the real-code corpus was 3.8 MiB higher
  // (an effect of allocation sizes; docs/performance.md).
  uint32_t links = 1;
  bool operator==(const FileStamp&) const = default;
};

struct ReadFile {
  std::string bytes;  // UTF-8: a UTF-16 file (BOM) is decoded, its BOM as U+FEFF
  FileStamp stamp;
  // What the file holds on disk: new bytes go back through to_encoding()
  // (util/text_encoding.h) before they are written (docs/behaviour.md §2).
  TextEncoding encoding = TextEncoding::Utf8;
  std::optional<SkipReason> skipped;  // set: bytes is empty, file not scanned
};

// Reads a regular file whole; classifies binary (NUL in the first 8 KiB),
// too large (> max_size, on disk), symlink (never followed) and unreadable
// files. A file that starts with a UTF-16 BOM is decoded to UTF-8 first (the
// NUL check then looks at the text); one that does not decode is binary.
ReadFile read_file(const std::filesystem::path& path, uint64_t max_size);

// Stat without following links; nullopt when the file is gone.
std::optional<FileStamp> stamp_of(const std::filesystem::path& path);

}  // namespace holymigrate
