// argv -> Options -> run(); errors are printed once, here.
#include "cli.h"

int main(int argc, char** argv) { return holymigrate::cli_main(argc, argv); }
