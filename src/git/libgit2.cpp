#include "git/libgit2.h"

#include <git2.h>

#include <cstdlib>
#include <string_view>

namespace holymigrate {

void use_libgit2() {
  struct Init {
    Init() {
      git_libgit2_init();
      git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
      const char* nosystem = std::getenv("GIT_CONFIG_NOSYSTEM");
      if (nosystem && *nosystem && std::string_view(nosystem) != "0" &&
          std::string_view(nosystem) != "false")
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM, "");
    }
    ~Init() { git_libgit2_shutdown(); }
  };
  static Init once;
}

namespace {

// The check below for one spelling of the folder.
bool may_be_above(std::filesystem::path at) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (;;) {
    if (at.filename() == ".git") return true;
    for (const char* entry : {".git", "HEAD"}) {
      // Found, or not known to be absent (no permission, an I/O error).
      if (fs::symlink_status(at / entry, ec).type() != fs::file_type::not_found) return true;
    }
    fs::path up = at.parent_path();
    if (up == at || up.empty()) return false;
    at = std::move(up);
  }
}

}  // namespace

bool may_be_in_git_repository(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path at = fs::absolute(dir, ec);
  if (ec) return true;
  // libgit2 looks above the folder's real path, the shell's path is what
  // the user typed: a link into a repository must be followed.
  fs::path real = fs::weakly_canonical(at, ec);
  if (ec) return true;
  return may_be_above(at) || may_be_above(real);
}

}  // namespace holymigrate
