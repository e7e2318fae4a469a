// The pipeline's only door to the disk (docs/ARCHITECTURE.md): list the
// files of a run, drop the run's own files from the list, read one, stat
// one, write one, remove a leftover temporary file. DiskWorkspace is the real
// disk; StagedWorkspace (--commit) keeps every write aside until the git
// checks pass; FakeWorkspace (io/fake_workspace.h) is an in-memory tree for
// unit tests of the whole pipeline.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "discover/discover.h"
#include "io/atomic_file.h"
#include "io/file_io.h"
#include "io/leftover.h"
#include "util/error.h"

namespace holymigrate {

class Workspace {
 public:
  virtual ~Workspace() = default;
  // The files a run reads, sorted by display path, and every skip named
  // (discover/discover.h). Throws Error for a missing PATH or a bad glob.
  virtual Discovery list(const DiscoverOptions& options) = 0;
  // Removes from `files` each file that is one of `paths` (the run's patch,
  // report, baseline, config and rule files: never input). `paths` need not
  // exist; a file is compared by name first, then as the same file.
  virtual void drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) = 0;
  // The whole file, its stamp, or why it is skipped (io/file_io.h).
  virtual ReadFile read(const FileRef& file, uint64_t max_size) = 0;
  // Its stamp now; nullopt when it is gone.
  virtual std::optional<FileStamp> stamp(const FileRef& file) = 0;
  // Replaces the file's content with `bytes`, atomically; refused (with
  // "<path>: changed on disk since it was read; not written — run again" or
  // "... removed since ...") when its stamp is no longer `expected`.
  virtual Status write(const FileRef& file, std::string_view bytes, const FileStamp& expected) = 0;
  // Makes the writes so far durable: flushes to disk each folder written in
  // since the last call, once (docs/behaviour.md §6). One error line per
  // folder that could not be flushed. Nothing to do for a workspace whose
  // write() needs no flush.
  virtual std::vector<std::string> sync_written() { return {}; }
  // Removes a temporary file an interrupted run left (io/leftover.h).
  virtual LeftoverRemoval remove_leftover(const FileRef& file) = 0;
};

// The real disk: discover(), read_file(), stamp_of(), write_atomic(). A
// write's folder is flushed by sync_written(), or at the latest when the
// object goes (io/atomic_file.h).
class DiskWorkspace : public Workspace {
 public:
  Discovery list(const DiscoverOptions& options) override;
  void drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) override;
  ReadFile read(const FileRef& file, uint64_t max_size) override;
  std::optional<FileStamp> stamp(const FileRef& file) override;
  Status write(const FileRef& file, std::string_view bytes, const FileStamp& expected) override;
  std::vector<std::string> sync_written() override { return folders_.flush(); }
  LeftoverRemoval remove_leftover(const FileRef& file) override;

 private:
  FolderSyncs folders_;
};

// --commit (docs/behaviour.md §7): write() only stages the new bytes (in a
// private temporary folder, so they do not all sit in memory); the commit
// code checks the repository, then flush() writes them through `base`.
// write() may be called from several threads. Reads, stats and listing go
// to `base`. The staging folder is removed with
// the object.
class StagedWorkspace : public Workspace {
 public:
  struct Staged {
    FileRef file;
    FileStamp expected;  // as read
  };
  explicit StagedWorkspace(Workspace& base);
  ~StagedWorkspace() override;
  StagedWorkspace(const StagedWorkspace&) = delete;
  StagedWorkspace& operator=(const StagedWorkspace&) = delete;

  Discovery list(const DiscoverOptions& options) override { return base_.list(options); }
  void drop(std::vector<FileRef>& files, const std::vector<std::string>& paths) override {
    base_.drop(files, paths);
  }
  ReadFile read(const FileRef& file, uint64_t max_size) override {
    return base_.read(file, max_size);
  }
  std::optional<FileStamp> stamp(const FileRef& file) override { return base_.stamp(file); }
  // Stages the bytes; fails only when the staging folder cannot be written.
  Status write(const FileRef& file, std::string_view bytes, const FileStamp& expected) override;
  // The writes of flush() (staged bytes need no flush: they are discarded
  // if the run stops).
  std::vector<std::string> sync_written() override { return base_.sync_written(); }
  LeftoverRemoval remove_leftover(const FileRef& file) override {
    return base_.remove_leftover(file);
  }

  // Every staged file, sorted by path. Call once the run's writes are done.
  const std::vector<Staged>& staged();
  // Writes the i-th file of staged() through `base` (refused like base.write).
  Status flush(size_t i);

 private:
  struct Entry {
    Staged staged;
    size_t file = 0;  // its bytes are folder_/<file>
  };
  Workspace& base_;
  std::mutex mutex_;              // write() runs on worker threads
  std::filesystem::path folder_;  // created at the first write
  std::vector<Entry> entries_;
  std::vector<Staged> staged_;  // entries_ by path, made by staged()
};

}  // namespace holymigrate
