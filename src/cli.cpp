#include "cli.h"

namespace holymigrate {

int cli_main(int, char**) { return 0; }

}  // namespace holymigrate
