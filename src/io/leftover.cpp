#include "io/leftover.h"

#include <re2/re2.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace holymigrate {
namespace {

const RE2& temp_name() {
  static const RE2 re(R"(\..+\.holymigrate-tmp-([0-9]{1,9})-[0-9]+)");
  return re;
}

}  // namespace

bool is_temp_file_name(std::string_view name) {
  return RE2::FullMatch(re2::StringPiece(name.data(), name.size()), temp_name());
}

LeftoverRemoval remove_leftover(const std::filesystem::path& path) {
  std::string name = path.filename().string();
  long pid = 0;
  if (!RE2::FullMatch(name, temp_name(), &pid)) return LeftoverRemoval::Failed;
  // kill(pid, 0) probes without sending: success or EPERM means it exists.
  if (pid == getpid() || kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM)
    return LeftoverRemoval::StillInUse;
  return unlink(path.c_str()) == 0 || errno == ENOENT ? LeftoverRemoval::Removed
                                                      : LeftoverRemoval::Failed;
}

}  // namespace holymigrate
