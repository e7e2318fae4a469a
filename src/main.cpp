// argv -> Options -> run(); errors are printed once, here.
#include "cli/cli.h"

int main(int argc, char** argv) { return holymigrate::cli_main(argc, argv); }
