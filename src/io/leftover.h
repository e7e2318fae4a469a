// Temporary files left by an interrupted run (SIGKILL, power loss): named
// ".<name>.holymigrate-tmp-<pid>-<n>" by write_atomic(), so they are never
// mistaken for user files. A run never scans them; under --write it removes
// those whose process is gone. Removing one is always safe: the original
// file is only replaced by a rename, so a temporary file is never the only
// copy of anything.
#pragma once

#include <filesystem>
#include <string_view>

namespace holymigrate {

// True for a file name (no folder) that write_atomic() could have made.
bool is_temp_file_name(std::string_view name);

enum class LeftoverRemoval { Removed, StillInUse, Failed };

// Removes a leftover temporary file unless the process named in it is still
// running (another holymigrate writing right now; or, rarely, a recycled
// pid, which only leaves the file for a later run).
LeftoverRemoval remove_leftover(const std::filesystem::path& path);

}  // namespace holymigrate
