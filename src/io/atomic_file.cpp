#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <thread>
#include <utility>

#include "io/temp_janitor.h"

namespace holymigrate {

namespace {

std::string errno_text(int err) { return std::strerror(err); }

// "<path>: <what>: <errno text>"
Status failed(const std::filesystem::path& path, const char* what, int err) {
  return Status::failure(path.string() + ": " + what + ": " + errno_text(err));
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// O_TMPFILE is refused with one of these by a kernel or a file system that
// lacks it (open(2)): then a named temporary file is used instead.
bool no_unnamed_files(int err) { return err == EOPNOTSUPP || err == EISDIR || err == EINVAL; }

// Gives the unnamed file `fd` the name `tmp` (linkat(2)). /proc/self/fd
// first, which needs no privilege; AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH
// on kernels before 6.10, so it is only the second try (no /proc mounted).
bool give_name(int fd, const std::filesystem::path& tmp) {
  std::string self = "/proc/self/fd/" + std::to_string(fd);
  if (linkat(AT_FDCWD, self.c_str(), AT_FDCWD, tmp.c_str(), AT_SYMLINK_FOLLOW) == 0) return true;
  return linkat(fd, "", AT_FDCWD, tmp.c_str(), AT_EMPTY_PATH) == 0;
}

// Writes `bytes` to the temporary file `fd` with the owner and permission
// bits of `path` as read (`expected`), and flushes it to disk. On failure
// the Status names `path`; `fd` stays open either way. The owner as read is
// the owner at the rename too: write_atomic() refuses a file whose stamp
// (owner included) changed since.
Status fill(int fd, const std::filesystem::path& path, std::string_view bytes,
            const FileStamp& expected) {
  if (!write_all(fd, bytes)) return failed(path, "cannot write", errno);
  // Our own ids do not change during a run.
  static const uid_t euid = geteuid();
  static const gid_t egid = getegid();
  if (expected.uid != euid || expected.gid != egid) {
    // Best effort: keep the owner when running as root on someone's files.
    [[maybe_unused]] int ignored = fchown(fd, expected.uid, expected.gid);
  }
  if (fchmod(fd, static_cast<mode_t>(expected.mode & 07777)) != 0)
    return failed(path, "cannot set permissions", errno);
  if (fsync(fd) != 0) return failed(path, "cannot flush to disk", errno);
  return success();
}

// The temporary file, written and flushed, under the name `tmp`. First an
// unnamed file (O_TMPFILE) named only once its content is on disk, so a
// process killed while writing leaves nothing in the user's tree; when the
// file system refuses unnamed files, or naming one fails (no /proc and no
// privilege), a file created under `tmp` from the start, as before.
Status make_temp(const std::filesystem::path& dir, const std::filesystem::path& tmp,
                 const std::filesystem::path& path, std::string_view bytes,
                 const FileStamp& expected) {
  int fd = open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd >= 0) {
    Status filled = fill(fd, path, bytes, expected);
    if (!filled) {
      close(fd);  // unnamed: nothing to remove
      return filled;
    }
    if (give_name(fd, tmp)) {
      if (close(fd) != 0) {
        int err = errno;
        unlink(tmp.c_str());
        return failed(path, "cannot write", err);
      }
      return success();
    }
    close(fd);
  } else if (!no_unnamed_files(errno)) {
    return failed(path, "cannot create a temporary file beside it", errno);
  }

  fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return failed(path, "cannot create a temporary file beside it", errno);
  Status filled = fill(fd, path, bytes, expected);
  if (!filled) {
    close(fd);
    unlink(tmp.c_str());
    return filled;
  }
  if (close(fd) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return failed(path, "cannot write", err);
  }
  return success();
}

}  // namespace

namespace {

// fsync(2) of a folder: 0, or the errno that matters. Some file systems
// cannot flush a folder (EINVAL, ENOTSUP); a folder that cannot be opened
// any more (removed, no read permission) has nothing this run can flush.
int sync_folder(const std::string& dir) {
  int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return 0;
  int rc = fsync(dfd);
  int err = errno;
  close(dfd);
  return rc != 0 && err != EINVAL && err != ENOTSUP ? err : 0;
}

}  // namespace

FolderSyncs::~FolderSyncs() { flush(); }

void FolderSyncs::add(const std::filesystem::path& dir) {
  std::lock_guard lock(mutex_);
  ++files_[dir.string()];
}

std::vector<std::string> FolderSyncs::flush() {
  std::vector<std::pair<std::string, size_t>> folders;
  {
    std::lock_guard lock(mutex_);
    folders.assign(files_.begin(), files_.end());
    files_.clear();
  }
  // A folder's fsync mostly waits for the disk, and the disk takes several
  // at once: up to 8 threads, each with 16 folders or more (one thread, the
  // caller's, for a few). Measured in docs/performance.md.
  std::vector<int> failed_with(folders.size(), 0);
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < folders.size();) failed_with[i] = sync_folder(folders[i].first);
  };
  std::vector<std::thread> helpers;
  const size_t threads = std::clamp<size_t>(folders.size() / 16, 1, 8);
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();

  std::vector<std::string> errors;
  for (size_t i = 0; i < folders.size(); ++i) {
    const auto& [dir, files] = folders[i];
    if (int err = failed_with[i])
      errors.push_back(dir + ": " + std::to_string(files) + (files == 1 ? " file" : " files") +
                       " written in this folder, but the folder could not be flushed to disk: " +
                       errno_text(err) + " — a power cut may still undo " +
                       (files == 1 ? "it" : "them") + "; check the disk");
  }
  return errors;
}

Status write_atomic(const std::filesystem::path& path, std::string_view bytes,
                    const FileStamp& expected, FolderSyncs* folders) {
  static std::atomic<unsigned> counter{0};
  // The process's id, read once: a run never forks a process that writes
  // (its janitor only removes files).
  static const std::string pid = std::to_string(getpid());
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  std::filesystem::path tmp = dir / ("." + path.filename().string() + ".holymigrate-tmp-" + pid +
                                     "-" + std::to_string(counter.fetch_add(1)));

  // Registered before the name exists, so a second SIGINT or a SIGKILL at
  // any point removes it (io/temp_janitor.h).
  PendingTempName pending(tmp.native());
  if (Status made = make_temp(dir, tmp, path, bytes, expected); !made) return made;

  // As late as possible: someone may have changed the file while we scanned.
  auto stamp = stamp_of(path);
  if (!stamp || !(*stamp == expected)) {
    unlink(tmp.c_str());
    return Status::failure(path.string() +
                           (stamp ? ": changed on disk since it was read; not written — run again"
                                  : ": removed since it was read; not written — run again"));
  }
  if (rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return failed(path, "cannot replace", err);
  }

  // The rename is durable once its folder is flushed: by the run, once per
  // folder after its last write, or here.
  if (folders) {
    folders->add(dir);
  } else if (int err = sync_folder(dir.string())) {
    return failed(path, "written, but its folder could not be flushed to disk", err);
  }
  return success();
}

}  // namespace holymigrate
