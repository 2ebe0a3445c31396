// Starting the lobby display (--mode signage): the queue's watch, the full-screen window, the announcements.
#pragma once

#include <QString>

namespace madoguchi {
class Settings;
}

namespace madoguchi::ui {

// Runs the lobby display until the application quits; returns its exit code.
int runSignage(const Settings& settings);

} // namespace madoguchi::ui
