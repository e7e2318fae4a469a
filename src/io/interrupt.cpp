#include "io/interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "io/temp_janitor.h"

namespace holymigrate {
namespace {

std::atomic<int> g_stop{0};
static_assert(std::atomic<int>::is_always_lock_free,
              "a signal handler may only use lock-free atomics");

// Said at once on the first signal, so a long file in hand does not look
// like a run that ignored Ctrl-C. Only write(2): a handler may not use stdio.
void say_stopping(int sig) {
  const char* text =
      sig == SIGINT ? "holymigrate: stopping after the files in hand \xe2\x80\x94 press Ctrl-C "
                      "again to stop now\n"
                    : "holymigrate: stopping after the files in hand \xe2\x80\x94 send the "
                      "signal again to stop now\n";
  ssize_t ignored = write(STDERR_FILENO, text, std::strlen(text));
  (void)ignored;
}

void on_signal(int sig) {
  int none = 0;
  if (g_stop.compare_exchange_strong(none, sig)) {  // first: stop after the files in hand
    say_stopping(sig);
    return;
  }
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
