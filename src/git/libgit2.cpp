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

}  // namespace holymigrate
