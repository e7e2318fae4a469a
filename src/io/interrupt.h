// Stopping a run cleanly on SIGINT, SIGTERM or SIGHUP (docs/behaviour.md §6).
//
// The first signal only asks the run to stop, and says so at once on stderr
// ("holymigrate: stopping after the files in hand — press Ctrl-C again to
// stop now"; for SIGTERM/SIGHUP "send the signal again"): workers finish the file in
// hand (a write in progress completes or is abandoned, never half-done),
// start no other, and the run prints its report with what was written and
// an error saying how many files were not processed (exit 2). A second
// signal does not wait: it removes the temporary files of writes in progress
// (remove_pending_temp_files()) and ends the process by that signal.
#pragma once

namespace holymigrate {

// Installs the handlers. Called once by run(), never by the unit tests.
void stop_on_signals();

// The signal that asked the run to stop, or 0.
int stop_requested() noexcept;

// For tests: as if `sig` had arrived (0 clears it).
void request_stop(int sig) noexcept;

}  // namespace holymigrate
