// Starting --mode kiosk: the lobby kiosk's services and its one full-screen window.
#pragma once

namespace madoguchi {
class Settings;
}

namespace madoguchi::ui {

// Opens the kiosk's services from the settings, shows the kiosk full screen and runs until the staff PIN ends it.
int runKiosk(const Settings& settings);

} // namespace madoguchi::ui
