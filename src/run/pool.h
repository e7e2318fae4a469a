// The worker pool of a run: work on every index in parallel, fold the results
// in index order (path order) one at a time, as soon as every index before
// them is done. Only results that finished ahead of a slower index wait, so
// memory follows the files in flight, not the size of the tree, and what is
// folded is the same whatever the thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "io/interrupt.h"
#include "util/error.h"

namespace holymigrate {

// Calls `work(i)` (-> std::optional<R>, nullopt: nothing to keep) for i in
// [0, n) on `threads` threads (0: one per core), and `fold(i, std::optional<R>&)`
// in increasing i. Workers stop taking indexes once stop_requested() (io/
// interrupt.h) is set; every index taken is worked and folded, so the indexes
// folded are a prefix. Returns its length. A `work` that throws stops the run
// with Error("<name(i)>: <what>"); a `fold` that throws, with its own message.
template <class R, class Work, class Fold, class Name>
size_t run_in_order(size_t n, unsigned threads, Work&& work, Fold&& fold, Name&& name) {
  std::mutex mutex;  // guards everything below and every call of fold
  std::vector<char> done(n, 0);
  std::map<size_t, std::optional<R>> waiting;
  size_t folded = 0;
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  std::string failure;
  auto worker = [&] {
    // The stop check comes before taking an index: every index taken is
    // worked, so the indexes done stay a prefix and all of them are folded.
    while (!failed && !stop_requested()) {
      size_t i = next++;
      if (i >= n) break;
      std::optional<R> result;
      try {
        result = work(i);
      } catch (const std::exception& e) {
        std::lock_guard lock(mutex);
        failed = true;
        failure = name(i) + ": " + e.what();
        return;
      }
      std::lock_guard lock(mutex);
      if (result) waiting.emplace(i, std::move(result));
      done[i] = 1;
      try {  // fold may print: an exception must not leave a worker thread
        while (folded < n && done[folded] && !failed) {
          auto it = waiting.find(folded);
          std::optional<R> none;
          fold(folded, it == waiting.end() ? none : it->second);
          if (it != waiting.end()) waiting.erase(it);
          ++folded;
        }
      } catch (const std::exception& e) {
        failed = true;
        failure = e.what();
        return;
      }
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(n, 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (failed) throw Error(failure);
  return folded;
}

}  // namespace holymigrate
