// The progress line (docs/behaviour.md §10): while a run goes on and stderr is a
// terminal, one self-updating line on stderr — files read / files known,
// edits so far — cleared when the run ends. Never in CI logs or pipes.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

namespace holymigrate {

enum class ProgressLine { Off, On };

// On when stderr is a terminal, -q was not given and $CI is unset.
ProgressLine progress_wanted(std::FILE* err, bool quiet);

// "holymigrate: 120/4031 files, 17 edits"
std::string progress_text(size_t done, size_t total, size_t edits);

class Progress {
 public:
  // Starts a ticker thread that redraws the line every 100 ms, the first
  // time after `delay_ms` (short runs print nothing). Off: does nothing.
  // $HOLYMIGRATE_PROGRESS_DELAY_MS overrides the delay (tests use 0).
  Progress(std::FILE* err, ProgressLine mode);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Called by the pipeline: cheap (relaxed atomics), from any thread.
  void set_total(size_t total) { total_.store(total, std::memory_order_relaxed); }
  void file_done(size_t edits) {
    done_.fetch_add(1, std::memory_order_relaxed);
    edits_.fetch_add(edits, std::memory_order_relaxed);
  }

  // Erases the line before other output goes to the same terminal; the next
  // tick draws it again.
  void interrupt();

  // Stops the ticker and clears the line, if one was drawn. Idempotent;
  // call before printing the report.
  void finish();

 private:
  void tick(unsigned delay_ms);

  std::FILE* err_;
  std::atomic<size_t> total_{0}, done_{0}, edits_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool drawn_ = false;
  std::thread ticker_;
};

}  // namespace holymigrate
