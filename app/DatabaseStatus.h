// Can this terminal reach its stores? A quick, side-effect-free look used by the status screen and `status`.
#pragma once

#include <QMetaType>
#include <QString>

namespace madoguchi {

struct DatabaseState {
    enum class Store { Local, Central };
    enum class Backend { Sqlite, Postgres };
    Store store = Store::Local;
    Backend backend = Backend::Sqlite;
    bool reachable = false;
    QString location; // file path, or host:port/db (never the password)
    QString version;  // server or library version when reachable
    QString detail;   // technical reason when not reachable, for the log

    friend bool operator==(const DatabaseState&, const DatabaseState&) = default;
};

class DatabaseStatus {
public:
    // Opens (creating if needed) the SQLite file with WAL and foreign keys on.
    static DatabaseState probeSqlite(DatabaseState::Store store, const QString& path);
    // `url`: postgresql://user@host[:port]/dbname[?connect_timeout=N…] (store/PostgresUrl.h); host may be a socket dir.
    static DatabaseState probePostgres(const QString& url);
};

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::DatabaseState)
