#include "io/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>

namespace holymigrate {

namespace {

// Temporary files being written, for remove_pending_temp_files(). Fixed
// storage, because a signal handler may not allocate. A write that finds no
// free slot (more than kSlots at once) still works, only unregistered.
constexpr int kSlots = 256;
enum SlotState : int { kFree, kClaimed, kReady };
struct Slot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX];
};
Slot g_slots[kSlots];

class PendingTemp {
 public:
  explicit PendingTemp(const std::string& path) {
    if (path.size() >= PATH_MAX) return;
    for (int i = 0; i < kSlots; ++i) {
      int expected = kFree;
      if (g_slots[i].state.compare_exchange_strong(expected, kClaimed)) {
        std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
        g_slots[i].state.store(kReady, std::memory_order_release);
        slot_ = i;
        return;
      }
    }
  }
  ~PendingTemp() {
    if (slot_ >= 0) g_slots[slot_].state.store(kFree, std::memory_order_release);
  }
  PendingTemp(const PendingTemp&) = delete;
  PendingTemp& operator=(const PendingTemp&) = delete;

 private:
  int slot_ = -1;
};

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

}  // namespace

void remove_pending_temp_files() noexcept {
  for (auto& slot : g_slots) {
    if (slot.state.load(std::memory_order_acquire) == kReady) unlink(slot.path);
  }
}

Status write_atomic(const std::filesystem::path& path, std::string_view bytes,
                    const FileStamp& expected) {
  static std::atomic<unsigned> counter{0};
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  std::filesystem::path tmp =
      dir / ("." + path.filename().string() + ".holymigrate-tmp-" + std::to_string(getpid()) + "-" +
             std::to_string(counter.fetch_add(1)));

  PendingTemp pending(tmp.string());
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return failed(path, "cannot create a temporary file beside it", errno);

  // From here on, every failure removes the temporary file.
  auto abandon = [&](const char* what, int err) {
    close(fd);
    unlink(tmp.c_str());
    return failed(path, what, err);
  };
  if (!write_all(fd, bytes)) return abandon("cannot write", errno);
  struct stat now;
  if (lstat(path.c_str(), &now) == 0 && (now.st_uid != geteuid() || now.st_gid != getegid())) {
    // Best effort: keep the owner when running as root on someone's files.
    [[maybe_unused]] int ignored = fchown(fd, now.st_uid, now.st_gid);
  }
  if (fchmod(fd, static_cast<mode_t>(expected.mode & 07777)) != 0)
    return abandon("cannot set permissions", errno);
  if (fsync(fd) != 0) return abandon("cannot flush to disk", errno);
  if (close(fd) != 0) {
    int err = errno;
    unlink(tmp.c_str());
    return failed(path, "cannot write", err);
  }

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

  // Make the rename itself durable. Some file systems cannot sync a folder.
  int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    int rc = fsync(dfd);
    int err = errno;
    close(dfd);
    if (rc != 0 && err != EINVAL && err != ENOTSUP)
      return failed(path, "written, but its folder could not be flushed to disk", err);
  }
  return success();
}

}  // namespace holymigrate
