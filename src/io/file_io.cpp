#include "io/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace holymigrate {

namespace {

// Only the first 8 KiB are looked at for a NUL, as git and ripgrep do.
constexpr size_t kBinaryProbe = 8192;

FileStamp stamp_from(const struct stat& st) {
  FileStamp s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.inode = static_cast<uint64_t>(st.st_ino);
  s.mode = static_cast<uint32_t>(st.st_mode & 07777);
  s.links = static_cast<uint32_t>(std::min<uint64_t>(st.st_nlink, UINT32_MAX));
  s.uid = static_cast<uint32_t>(st.st_uid);
  s.gid = static_cast<uint32_t>(st.st_gid);
  return s;
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

ReadFile skipped(SkipReason why, FileStamp stamp = {}) {
  ReadFile r;
  r.stamp = stamp;
  r.skipped = why;
  return r;
}

}  // namespace

ReadFile read_file(const std::filesystem::path& path, uint64_t max_size) {
  // O_NOFOLLOW: a link swapped in after discovery is refused (ELOOP), never
  // followed. O_NONBLOCK: a FIFO must not hang the run.
  Fd fd(open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) return skipped(errno == ELOOP ? SkipReason::Symlink : SkipReason::Unreadable);
  struct stat st;
  if (fstat(fd.get(), &st) != 0) return skipped(SkipReason::Unreadable);
  if (!S_ISREG(st.st_mode)) return skipped(SkipReason::NotAFile);
  FileStamp stamp = stamp_from(st);
  if (stamp.size > max_size) return skipped(SkipReason::TooLarge, stamp);

  ReadFile r;
  r.stamp = stamp;
  // The first kBinaryProbe bytes first: a binary file (half the bytes of
  // the real-code corpus: images, PDFs, audio) is known from them and is not
  // read on. Then one byte more than the size, so that the read that sees
  // the end of the file needs no bigger buffer (a string grown past its
  // size doubles: a 5 MiB file held 10 MiB).
  const size_t whole = static_cast<size_t>(stamp.size) + 1;
  r.bytes.resize(std::min(whole, kBinaryProbe));
  bool probed = false;
  size_t have = 0;
  for (;;) {
    if (have == r.bytes.size() && !probed) {
      probed = true;
      std::string_view head(r.bytes.data(), have);
      if (encoding_of(head) == TextEncoding::Utf8 && head.find('\0') != std::string_view::npos)
        return skipped(SkipReason::Binary, stamp);
      if (have < whole) {
        r.bytes.resize(whole);
        continue;
      }
    }
    if (have == r.bytes.size()) {
      // The file may have grown since fstat: keep reading up to the limit.
      if (have >= max_size + 1) return skipped(SkipReason::TooLarge, stamp);
      r.bytes.resize(std::min<uint64_t>(have + 65536, max_size + 1));
    }
    ssize_t n = read(fd.get(), r.bytes.data() + have, r.bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return skipped(SkipReason::Unreadable, stamp);
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  r.bytes.resize(have);
  if (have > max_size) return skipped(SkipReason::TooLarge, stamp);
  if (TextEncoding e = encoding_of(r.bytes); e != TextEncoding::Utf8) {
    std::optional<std::string> text = to_utf8(r.bytes, e);
    if (!text) return skipped(SkipReason::Binary, stamp);
    r.bytes = std::move(*text);
    r.encoding = e;
    have = r.bytes.size();
  }
  if (std::memchr(r.bytes.data(), '\0', std::min(have, kBinaryProbe)) != nullptr)
    return skipped(SkipReason::Binary, stamp);
  return r;
}

std::optional<FileStamp> stamp_of(const std::filesystem::path& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0) return std::nullopt;
  return stamp_from(st);
}

}  // namespace holymigrate
