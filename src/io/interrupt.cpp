#include "io/interrupt.h"

#include <signal.h>

#include <atomic>

#include "io/atomic_file.h"

namespace holymigrate {
namespace {

std::atomic<int> g_stop{0};
static_assert(std::atomic<int>::is_always_lock_free,
              "a signal handler may only use lock-free atomics");

void on_signal(int sig) {
  int none = 0;
  if (g_stop.compare_exchange_strong(none, sig)) return;  // first: stop after this file
  remove_pending_temp_files();
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

void stop_on_signals() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
}

int stop_requested() noexcept { return g_stop.load(std::memory_order_relaxed); }

void request_stop(int sig) noexcept { g_stop.store(sig); }

}  // namespace holymigrate
