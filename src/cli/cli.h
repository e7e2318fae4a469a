// CLI11 wiring only: parses argv into Options (or a subcommand), calls the
// pipeline, and turns a thrown Error into `holymigrate: error: ...`, exit 2.
#pragma once

namespace holymigrate {

int cli_main(int argc, char** argv);

}  // namespace holymigrate
