// Where this terminal's stores are, from the settings, and opening them migrated to the schema this build knows.
#include "StoreLocations.h"

#include "DataLogging.h"
#include "Settings.h"
#include "registry/RegistryCsv.h"
#include "store/RegistryStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
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
        seedDemoRegistry(*central.value);
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

void seedDemoRegistry(const Connection& central) {
    if (central.backend() != Backend::Sqlite ||
        central.scalar(QStringLiteral("SELECT count(*) FROM reference_data WHERE key = 'demo_registry'")).toInt() > 0) {
        return;
    }
    QFile file(QStringLiteral(":/madoguchi/demo/registry.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "demo registry missing from this build";
        return;
    }
    const Result<RegistryCounts> counts =
        importRegistry(central, registry::parseRegistryCsv(file, registry::RegistryLimits{}));
    if (!counts) {
        qCWarning(lcStore) << "demo registry not imported:" << counts.outcome.detail;
        return;
    }
    // Marked once, so residents an administrator removes later do not come back.
    central.exec(QStringLiteral("INSERT INTO reference_data (key, value, version, updated_at) VALUES "
                                "('demo_registry', ?, '1', ?) ON CONFLICT (key) DO NOTHING"),
                 {QString::number(counts->residents), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    qCInfo(lcStore) << "seeded the embedded central store with" << counts->residents << "fictitious demo residents";
}

void prepareStores(const QString& localPath, const QString& centralLocation) {
    {
        Result<Connection> local = Connection::openSqlite(localPath);
        const Outcome migrated = local ? Migrations::migrate(*local.value, Schema::Local) : local.outcome;
        if (!migrated)
            qCWarning(lcStore) << "local store not ready:" << migrated.detail;
    }
    const Result<Connection> central = openCentral(centralLocation);
    if (!central)
        qCWarning(lcStore) << "central store not ready:" << central.outcome.detail;
}

} // namespace madoguchi::store
