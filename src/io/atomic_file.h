// The only code that writes user files (docs/behaviour.md §6): the new
// content goes to a temporary file in the same folder, is flushed to disk,
// then renamed over the original, keeping its permission bits. Refuses when
// the file changed since it was read.
//
// The temporary file is unnamed while it is written (Linux O_TMPFILE) and
// gets its name ".<name>.holymigrate-tmp-<pid>-<n>" only just before the
// rename (linkat), so a process killed mid-write leaves nothing behind; the
// window between naming and renaming is a few microseconds. Where the file
// system refuses unnamed files (EOPNOTSUPP, EISDIR, EINVAL) the file has
// that name from the start, as io/leftover.h expects, and the next --write
// removes a leftover.
//
// A rename is made durable by flushing its folder. A run does that once per
// folder, after its last write (FolderSyncs), rather than once per file: a
// write is atomic either way (each file old or new); only the moment the
// renames of a run are sure to survive a power cut moves to the end of its
// writes (docs/behaviour.md §6).
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "io/file_io.h"
#include "util/error.h"

namespace holymigrate {

// The folders that write_atomic() renamed files into and did not flush yet.
// Thread-safe. Whatever flush() was not called for is flushed by the
// destructor, its errors unreported (a run that ends by an exception has
// reported its error already).
class FolderSyncs {
 public:
  FolderSyncs() = default;
  ~FolderSyncs();
  FolderSyncs(const FolderSyncs&) = delete;
  FolderSyncs& operator=(const FolderSyncs&) = delete;

  // A file was renamed into `dir`.
  void add(const std::filesystem::path& dir);
  // Flushes each folder added since the last call once (fsync), several at
  // a time, and forgets it. One error per folder that could not be flushed,
  // in path order: "<folder>: N files written in this folder, but the
  // folder could not be flushed to disk: <errno text> — a power cut may
  // still undo them; check the disk". A file system that cannot flush
  // folders (EINVAL, ENOTSUP) is no error, nor is a folder that cannot be
  // opened any more.
  std::vector<std::string> flush();

 private:
  std::mutex mutex_;
  std::map<std::string, size_t> files_;  // folder -> files renamed into it
};

// Writes `bytes` to `path` atomically. `expected` is the stamp taken when the
// file was read; a different stamp now means someone else changed it, and the
// write is refused. The error names the path and what to do. The folder is
// flushed at once, or, with `folders`, only recorded there for its flush().
Status write_atomic(const std::filesystem::path& path, std::string_view bytes,
                    const FileStamp& expected, FolderSyncs* folders = nullptr);

}  // namespace holymigrate
