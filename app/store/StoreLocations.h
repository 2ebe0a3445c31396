// Where this terminal's stores are, from the settings, and opening them migrated to the schema this build knows.
#pragma once

#include "store/Connection.h"
#include "store/Schema.h"

namespace madoguchi {
class Settings;
}

namespace madoguchi::store {

// settings terminal/id, else the host name: part of every serial number, so it must differ between terminals.
QString terminalId(const Settings& settings);
// The central store: `override` (e.g. --central URL), else database/central, else the embedded SQLite file.
QString centralLocation(const Settings& settings, const QString& override = {});

// Opens and brings the schema up to date (the local store is always this terminal's own to migrate).
Result<Connection> openLocal(const Settings& settings);
// Opens the central store. The embedded SQLite stand-in is migrated on the spot; a server must already be at this
// build's version (`madoguchi-cli db migrate --central URL`), so a terminal never changes a shared schema by itself.
Result<Connection> openCentral(const QString& location);

// The embedded central store's first start: imports the fictitious demo registry (resources/demo/registry.csv) once,
// so a single machine has residents to find. Never called for a server.
void seedDemoRegistry(const Connection& embeddedCentral);

// Brings this terminal's stores up to date on start (off the GUI thread): local migrated, the embedded central store
// migrated and seeded, a server's version checked. Problems are logged; the status screen shows them.
void prepareStores(const QString& localPath, const QString& centralLocation);

} // namespace madoguchi::store
