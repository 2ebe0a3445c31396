// Entry point of the desktop application.
#include "GuiMain.h"

int main(int argc, char** argv) {
    return madoguchi::ui::run(argc, argv);
}
