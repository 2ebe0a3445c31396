// Can this terminal reach its stores? A quick, side-effect-free look used by the status screen and `status`.
#include "DatabaseStatus.h"

#include "store/PostgresUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace madoguchi {

namespace {
// QSqlDatabase connections are per thread and named; a unique name per probe keeps probes independent.
QString probeConnectionName() {
    return QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString firstValue(QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0).toString();
    return {};
}
} // namespace

DatabaseState DatabaseStatus::probeSqlite(DatabaseState::Store store, const QString& path) {
    DatabaseState state{store, DatabaseState::Backend::Sqlite, false, path, {}, {}};
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        state.detail = QStringLiteral("cannot create directory %1").arg(QFileInfo(path).absolutePath());
        return state;
    }
    const QString name = probeConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            state.detail = db.lastError().text();
        } else {
            const QString mode = firstValue(db, QStringLiteral("PRAGMA journal_mode=WAL"));
            state.version = QStringLiteral("SQLite %1").arg(firstValue(db, QStringLiteral("SELECT sqlite_version()")));
            state.reachable = mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            if (!state.reachable)
                state.detail = QStringLiteral("journal_mode is %1, expected wal").arg(mode);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

DatabaseState DatabaseStatus::probePostgres(const QString& url) {
    DatabaseState state{DatabaseState::Store::Central, DatabaseState::Backend::Postgres, false, {}, {}, {}};
    const store::PostgresUrl address = store::PostgresUrl::parse(url, QStringLiteral("3"));
    state.location = address.location;
    if (!address.ok()) {
        state.detail = address.error;
        return state;
    }
    const QString name = probeConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address.applyTo(db);
        if (!db.open()) {
            state.detail = db.lastError().text();
        } else {
            state.version = firstValue(db, QStringLiteral("SHOW server_version"));
            state.version.prepend(QStringLiteral("PostgreSQL "));
            state.reachable = true;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

} // namespace madoguchi
