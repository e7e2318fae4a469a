// The only code that writes user files (docs/behaviour.md §6): a temporary file in the
// same folder (named ".<name>.holymigrate-tmp-<pid>-<n>", so leftovers are
// recognisable), fsync, then rename over the original, keeping its
// permission bits. Refuses when the file changed since it was read.
#pragma once

#include <filesystem>
#include <string_view>

#include "io/file_io.h"
#include "util/error.h"

namespace holymigrate {

// Writes `bytes` to `path` atomically. `expected` is the stamp taken when the
// file was read; a different stamp now means someone else changed it, and the
// write is refused. The error names the path and what to do.
Status write_atomic(const std::filesystem::path& path, std::string_view bytes,
                    const FileStamp& expected);

// Removes the temporary files of writes still in progress. Async-signal-safe,
// so a SIGINT/SIGTERM handler can call it (io/interrupt.h does): an
// interrupted run then leaves no temporary file behind (docs/behaviour.md §6).
void remove_pending_temp_files() noexcept;

}  // namespace holymigrate
