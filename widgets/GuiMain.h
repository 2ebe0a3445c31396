// Starting the desktop application: options, logging, language, and the first window.
#pragma once

namespace madoguchi::ui {

int run(int argc, char** argv);

} // namespace madoguchi::ui
