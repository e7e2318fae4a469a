// The only code that writes user files (docs/behaviour.md §6): the new
// content goes to a temporary file in the same folder, is flushed to disk,
// then renamed over the original, keeping its permission bits. Refuses when
// the file changed since it was read.
//
// The temporary file is unnamed while it is written (Linux O_TMPFILE) and
// gets its name ".<name>.holymigrate-tmp-<pid>-<n>" only just before the
// rename (linkat), so a process killed mid-write leaves nothing behind; the
// window between naming and renaming is a few microseconds. Where the file
// system refuses unnamed files (EOPNOTSUPP, EISDIR, EINVAL) the file has
// that name from the start, as io/leftover.h expects, and the next --write
// removes a leftover.
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
