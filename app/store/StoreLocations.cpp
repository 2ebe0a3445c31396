// Where this terminal's stores are, from the settings, and opening them migrated to the schema this build knows.
#include "StoreLocations.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace madoguchi::store {

QString terminalId(const Settings& settings) {
    const QString configured = settings.value(QStringLiteral("terminal/id")).trimmed();
    return configured.isEmpty() ? QSysInfo::machineHostName() : configured;
}

QString centralLocation(const Settings& settings, const QString& override) {
    if (!override.isEmpty())
        return override;
    const QString url = settings.centralDatabaseUrl();
    return url.isEmpty() ? settings.centralSqlitePath() : url;
}

Result<Connection> openLocal(const Settings& settings) {
    Result<Connection> local = Connection::openSqlite(settings.localDatabasePath());
    if (!local)
        return local;
    const Outcome migrated = Migrations::migrate(*local.value, Schema::Local);
    if (!migrated)
        return Result<Connection>::refused(migrated);
    return local;
}

Result<Connection> openCentral(const QString& location) {
    Result<Connection> central = Connection::open(location);
    if (!central)
        return central;
    if (central->backend() == Backend::Sqlite) {
        const Outcome migrated = Migrations::migrate(*central.value, Schema::Central);
        if (!migrated)
            return Result<Connection>::refused(migrated);
        return central;
    }
    const int version = Migrations::currentVersion(*central.value);
    const int latest = Migrations::latestVersion(Schema::Central);
    if (version != latest) {
        return Result<Connection>::refused(Outcome::failure(
            QCoreApplication::translate("store",
                                        "The central database is at schema version %1, this terminal needs %2. "
                                        "Ask IT staff to run: madoguchi-cli db migrate --central")
                .arg(version)
                .arg(latest),
            QStringLiteral("central schema %1, expected %2").arg(version).arg(latest)));
    }
    return central;
}

} // namespace madoguchi::store
