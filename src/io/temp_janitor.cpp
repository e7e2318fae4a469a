#include "io/temp_janitor.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <new>
#include <thread>

namespace holymigrate {

namespace {

// The registered names. A slot is claimed (kClaimed) while its path is
// copied in and published (kReady, release) before the name exists; readers
// (the signal handler, the janitor) take only kReady slots (acquire). The
// states come first, so a reader that finds nothing registered touches one
// page; a slot's path is touched only when it is used, and writers take the
// lowest free slot, so a run with N writers touches about N pages.
constexpr int kSlots = 256;
constexpr size_t kMaxPath = 4096;  // PATH_MAX, with its NUL
enum SlotState : int { kFree, kClaimed, kReady };
static_assert(std::atomic<int>::is_always_lock_free,
              "a signal handler and another process may only use lock-free atomics");
struct Table {
  std::atomic<int> state[kSlots];
  char path[kSlots][kMaxPath];
};

// The process's own table until start_temp_janitor() moves the run to one
// it shares with the janitor (before any thread exists). Zeroed storage is
// every slot kFree.
Table g_own;
std::atomic<Table*> g_table{&g_own};

std::atomic<int> g_socket{-1};
pid_t g_janitor = -1;

void remove_ready(Table& table) noexcept {
  for (int i = 0; i < kSlots; ++i)
    if (table.state[i].load(std::memory_order_acquire) == kReady) unlink(table.path[i]);
}

// The janitor's whole life: sleep until the run's end of the socket closes
// (nothing is ever sent on it), then remove the names still registered.
[[noreturn]] void janitor(int fd, Table& table) {
  prctl(PR_SET_NAME, "holymigrate-gc");
  setsid();  // a kill of the run's process group must not take it along
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, SIG_IGN);
  // Hold no file of the run open: a pipe on its stdout must see EOF when
  // the run exits, not when the janitor does.
  int null = open("/dev/null", O_RDWR | O_CLOEXEC);
  for (int std_fd = 0; std_fd <= 2; ++std_fd) dup2(null, std_fd);
  char byte;
  for (;;) {
    ssize_t n = recv(fd, &byte, sizeof byte, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
  }
  remove_ready(table);
  _exit(0);
}

}  // namespace

void start_temp_janitor() noexcept {
  if (g_socket.load() >= 0) return;
  void* shared =
      mmap(nullptr, sizeof(Table), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) return;
  Table* table = new (shared) Table;  // every slot kFree; the paths untouched
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) != 0) {
    munmap(shared, sizeof(Table));
    return;
  }
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    munmap(shared, sizeof(Table));
    return;
  }
  if (pid == 0) {
    // Every other descriptor of the run is closed (CLOEXEC does not apply
    // without an exec), so the janitor keeps no pipe or file open.
    int fd = fds[0] == 3 ? 3 : dup2(fds[0], 3);
    if (fd != 3) _exit(0);
    close_range(4, ~0U, 0);
    janitor(fd, *table);
  }
  close(fds[0]);
  g_janitor = pid;
  g_socket.store(fds[1], std::memory_order_release);
  g_table.store(table, std::memory_order_release);
}

void stop_temp_janitor() noexcept {
  int fd = g_socket.exchange(-1);
  if (fd < 0) return;
  close(fd);
  while (waitpid(g_janitor, nullptr, 0) < 0 && errno == EINTR) {
  }
  g_janitor = -1;
}

PendingTempName::PendingTempName(std::string_view path) noexcept {
  if (path.size() >= kMaxPath) return;
  Table& table = *g_table.load(std::memory_order_acquire);
  // Only more than 256 writes at once (-j 257 and up) find no free slot:
  // they wait for one, so that every name is registered.
  for (;; std::this_thread::yield()) {
    for (int i = 0; i < kSlots; ++i) {
      int expected = kFree;
      if (table.state[i].compare_exchange_strong(expected, kClaimed, std::memory_order_acquire)) {
        path.copy(table.path[i], path.size());
        table.path[i][path.size()] = '\0';
        table.state[i].store(kReady, std::memory_order_release);
        slot_ = i;
        return;
      }
    }
  }
}

PendingTempName::~PendingTempName() {
  if (slot_ >= 0)
    g_table.load(std::memory_order_acquire)->state[slot_].store(kFree, std::memory_order_release);
}

void remove_pending_temp_files() noexcept {
  remove_ready(*g_table.load(std::memory_order_acquire));
}

}  // namespace holymigrate
