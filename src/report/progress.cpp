#include "report/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

namespace holymigrate {

ProgressLine progress_wanted(std::FILE* err, bool quiet) {
  if (quiet || !isatty(fileno(err))) return ProgressLine::Off;
  const char* ci = std::getenv("CI");  // some CI systems give jobs a terminal
  if (ci && *ci) return ProgressLine::Off;
  return ProgressLine::On;
}

std::string progress_text(size_t done, size_t total, size_t edits) {
  return fmt::format("holymigrate: {}/{} files, {} edit{}", done, total, edits,
                     edits == 1 ? "" : "s");
}

Progress::Progress(std::FILE* err, ProgressLine mode) : err_(err) {
  if (mode == ProgressLine::Off) return;
  unsigned delay_ms = 300;
  if (const char* d = std::getenv("HOLYMIGRATE_PROGRESS_DELAY_MS"))
    delay_ms = static_cast<unsigned>(std::strtoul(d, nullptr, 10));
  if (delay_ms == 0) {
    // Drawn before the thread starts, so even a run that ends at once shows
    // the line (what tests rely on).
    fmt::print(err_, "\r{}\x1b[K", progress_text(0, 0, 0));
    std::fflush(err_);
    drawn_ = true;
  }
  ticker_ = std::thread([this, delay_ms] { tick(delay_ms); });
}

Progress::~Progress() { finish(); }

void Progress::tick(unsigned delay_ms) {
  std::unique_lock lock(mutex_);
  auto wait = std::chrono::milliseconds(delay_ms);
  while (!wake_.wait_for(lock, wait, [this] { return stop_; })) {
    // "\r" back to column 0, the text, "\x1b[K" erases what a longer
    // earlier line left to the right.
    fmt::print(
        err_, "\r{}\x1b[K",
        progress_text(done_.load(std::memory_order_relaxed), total_.load(std::memory_order_relaxed),
                      edits_.load(std::memory_order_relaxed)));
    std::fflush(err_);
    drawn_ = true;
    wait = std::chrono::milliseconds(100);
  }
  if (drawn_) {
    fmt::print(err_, "\r\x1b[K");
    std::fflush(err_);
  }
}

void Progress::interrupt() {
  if (!ticker_.joinable()) return;
  std::lock_guard lock(mutex_);
  if (!drawn_) return;
  fmt::print(err_, "\r\x1b[K");
  std::fflush(err_);
  drawn_ = false;
}

void Progress::finish() {
  if (!ticker_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  ticker_.join();
}

}  // namespace holymigrate
