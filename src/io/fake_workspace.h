// An in-memory tree behind the Workspace door (io/workspace.h), for unit
// tests of the whole pipeline: dry run, --write and --commit without a disk.
// Thread-safe; hooks run under its lock.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/workspace.h"

namespace holymigrate {

class FakeWorkspace : public Workspace {
 public:
  // Adds or replaces a file; `path` is relative ('/' separators), used as
  // display and rel. Gives it a new stamp.
  void put(const std::string& path, std::string bytes);
  // Another process changes the file (a new stamp, same bytes + `more`).
  void touch(const std::string& path, std::string_view more = "\n");
  // Current content; nullopt when there is no such file.
  std::optional<std::string> get(const std::string& path) const;
  // Paths passed to write(), in call order (refused writes included).
  const std::vector<std::string>& writes() const { return writes_; }
  // Runs `hook(path)` just before each write(): lets a test change a file
  // between read and write.
  void before_write(std::function<void(const std::string&)> hook) { hook_ = std::move(hook); }
  // Runs `hook(path, n)` just before the n-th read (1-based) of each file:
  // lets a test change a file between pass 1 and pass 2.
  void before_read(std::function<void(const std::string&, int)> hook) {
    read_hook_ = std::move(hook);
  }

  // Every file, sorted; `options` paths, globs and ignore files are ignored.
  Discovery list(const DiscoverOptions& options) override;
  // Drops the files whose path is one of `paths` as written.
  void drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) override;
  ReadFile read(const FileRef& file, uint64_t max_size) override;
  std::optional<FileStamp> stamp(const FileRef& file) override;
  Status write(const FileRef& file, std::string_view bytes, const FileStamp& expected) override;
  // Removes the file: Removed, or Failed when there is none.
  LeftoverRemoval remove_leftover(const FileRef& file) override;

 private:
  struct Entry {
    std::string bytes;
    FileStamp stamp;
  };
  void put_locked(const std::string& path, std::string bytes);
  mutable std::recursive_mutex mutex_;  // the pipeline calls from worker threads
  std::map<std::string, Entry> files_;
  std::vector<std::string> writes_;
  std::function<void(const std::string&)> hook_;
  std::function<void(const std::string&, int)> read_hook_;
  std::map<std::string, int> reads_;
  int64_t clock_ = 0;
};

}  // namespace holymigrate
