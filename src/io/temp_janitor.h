// The temporary names of writes in progress, and their removal when a run
// stops without renaming them (docs/behaviour.md §6, docs/reliability.md).
//
// write_atomic() names its unnamed temporary file (linkat) and renames it over
// the original in the next system call, but a process killed between the two
// keeps the named file. Each name is therefore registered, from before it
// exists until it is gone, in a small table:
//   - a second SIGINT/SIGTERM/SIGHUP removes the registered names from the
//     signal handler (remove_pending_temp_files());
//   - SIGKILL runs no handler, so a writing run forks, before it starts any
//     thread, a small process (the janitor, named "holymigrate-gc") that
//     shares the table's memory with it. The janitor sleeps until the run's
//     end of a socket closes, on a normal exit or a kill, then removes the
//     names still registered and exits. Registering a name is two stores
//     to that memory: no message and no wake-up per file.
// Removing a registered name is always safe: the original is only ever
// replaced by a rename (io/leftover.h), and a name (pid and counter) is
// never given twice.
//
// Without a janitor (fork or the shared memory refused, or unit tests) the
// table is the process's own: the signal handler still works, and a
// leftover of a SIGKILL is removed by the next --write, as before.
#pragma once

#include <string_view>

namespace holymigrate {

// Forks the janitor. Call once, before any thread exists; a second call does
// nothing. Failure is silent: it only loses the clean-up described above.
void start_temp_janitor() noexcept;

// Waits for the janitor to finish after telling it the run is over (no name
// is registered by then). Called at a normal exit; harmless without a
// janitor.
void stop_temp_janitor() noexcept;

// `path` (as passed to rename, relative to the working folder the run
// started in) is registered while this object lives: construct it before
// the name exists, destroy it once the name is gone (renamed or removed).
// Thread-safe. At most 256 names at once: a further write waits for a free
// entry. A path of 4,096 bytes or more is not registered (the next --write
// removes such a leftover).
class PendingTempName {
 public:
  explicit PendingTempName(std::string_view path) noexcept;
  ~PendingTempName();
  PendingTempName(const PendingTempName&) = delete;
  PendingTempName& operator=(const PendingTempName&) = delete;

 private:
  int slot_ = -1;
};

// Removes every registered name. Async-signal-safe, so a SIGINT/SIGTERM
// handler can call it (io/interrupt.h does): an interrupted run then leaves
// no temporary file behind.
void remove_pending_temp_files() noexcept;

}  // namespace holymigrate
