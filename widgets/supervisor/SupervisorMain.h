// `madoguchi --mode supervisor`: the supervisor's window over its worker.
#pragma once

#include <QString>

namespace madoguchi {
class Settings;
}

namespace madoguchi::ui {

// Opens the keys, starts the worker (this terminal's store, the central store when first needed) and runs the
// supervisor's window until it is closed. Returns the exit code.
int runSupervisor(const Settings& settings, const QString& language);

} // namespace madoguchi::ui
