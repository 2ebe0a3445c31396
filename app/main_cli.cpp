// Entry point of madoguchi-cli.
#include "cli/CliMain.h"

int main(int argc, char** argv) {
    return madoguchi::cli::run(argc, argv);
}
