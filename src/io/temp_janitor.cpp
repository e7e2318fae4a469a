#include "io/temp_janitor.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <string>
#include <unordered_set>

namespace holymigrate {

namespace {

// A note is one SOCK_SEQPACKET datagram: '+' or '-' then the path. Datagrams
// keep their bounds and a send of one is atomic, so worker threads need no
// lock; MSG_NOSIGNAL keeps a dead janitor from killing the run by SIGPIPE.
constexpr size_t kMaxNote = 4096;
std::atomic<int> g_socket{-1};
pid_t g_janitor = -1;

void send_note(char sign, std::string_view path) noexcept {
  int fd = g_socket.load(std::memory_order_acquire);
  if (fd < 0 || path.size() + 1 > kMaxNote) return;
  char note[kMaxNote];
  note[0] = sign;
  path.copy(note + 1, path.size());
  while (send(fd, note, path.size() + 1, MSG_NOSIGNAL) < 0 && errno == EINTR) {
  }
}

// The janitor's whole life: collect the announced names, and once the run's
// end closes remove those never released.
[[noreturn]] void janitor(int fd) {
  prctl(PR_SET_NAME, "holymigrate-gc");
  setsid();  // a kill of the run's process group must not take it along
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, SIG_IGN);
  // Hold no file of the run open: a pipe on its stdout must see EOF when
  // the run exits, not when the janitor does.
  int null = open("/dev/null", O_RDWR | O_CLOEXEC);
  for (int std_fd = 0; std_fd <= 2; ++std_fd) dup2(null, std_fd);
  std::unordered_set<std::string> pending;
  char note[kMaxNote];
  for (;;) {
    ssize_t n = recv(fd, note, sizeof note, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    std::string path(note + 1, static_cast<size_t>(n) - 1);
    if (note[0] == '+')
      pending.insert(std::move(path));
    else
      pending.erase(path);
  }
  for (const std::string& path : pending) unlink(path.c_str());
  _exit(0);
}

}  // namespace

void start_temp_janitor() noexcept {
  if (g_socket.load() >= 0) return;
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds) != 0) return;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return;
  }
  if (pid == 0) {
    // Every other descriptor of the run is closed (CLOEXEC does not apply
    // without an exec), so the janitor keeps no pipe or file open.
    int fd = fds[0] == 3 ? 3 : dup2(fds[0], 3);
    if (fd != 3) _exit(0);
    close_range(4, ~0U, 0);
    janitor(fd);
  }
  close(fds[0]);
  g_janitor = pid;
  g_socket.store(fds[1], std::memory_order_release);
}

void stop_temp_janitor() noexcept {
  int fd = g_socket.exchange(-1);
  if (fd < 0) return;
  close(fd);
  while (waitpid(g_janitor, nullptr, 0) < 0 && errno == EINTR) {
  }
  g_janitor = -1;
}

void announce_temp_file(std::string_view path) noexcept { send_note('+', path); }
void release_temp_file(std::string_view path) noexcept { send_note('-', path); }

}  // namespace holymigrate
