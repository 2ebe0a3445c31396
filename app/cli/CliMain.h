// madoguchi-cli: the same core as the desktop application, without widgets.
#pragma once

namespace madoguchi::cli {

int run(int argc, char** argv);

} // namespace madoguchi::cli
