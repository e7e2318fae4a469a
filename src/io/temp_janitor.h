// Removes the temporary file of a write that a SIGKILL interrupted
// (docs/behaviour.md §6, docs/reliability.md).
//
// write_atomic() names its unnamed temporary file (linkat) and renames it over
// the original in the next system call, but a process killed between the two
// keeps the named file, and SIGKILL runs no handler. So a writing run forks,
// before it starts any thread, a small process (the janitor, named
// "holymigrate-gc") that learns each temporary name just before the name is
// given and is told when the rename is done. When the run's end of the
// socket closes, on a normal exit or a kill, the janitor removes the names
// still announced and exits. Removing one is always safe: the original is
// only ever replaced by a rename (io/leftover.h).
//
// Without a janitor (fork refused, or unit tests) both notes do nothing and
// a leftover is removed by the next --write, as before.
#pragma once

#include <string_view>

namespace holymigrate {

// Forks the janitor. Call once, before any thread exists; a second call does
// nothing. Failure is silent: it only loses the clean-up described above.
void start_temp_janitor() noexcept;

// Waits for the janitor to finish after telling it the run is over (every
// announced name is released by then). Called at a normal exit; harmless
// without a janitor.
void stop_temp_janitor() noexcept;

// `path` (as passed to rename, relative to the working folder the run
// started in) is about to exist as a temporary file / no longer needs
// removing. Thread-safe: one datagram per note. Paths longer than 4,095
// bytes are not announced (the next --write removes such a leftover).
void announce_temp_file(std::string_view path) noexcept;
void release_temp_file(std::string_view path) noexcept;

}  // namespace holymigrate
