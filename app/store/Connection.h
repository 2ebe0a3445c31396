// One open Qt SQL connection (a terminal's SQLite file or the central PostgreSQL), unregistered when it goes away.
#pragma once

#include "Outcome.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace madoguchi::store {

enum class Backend { Sqlite, Postgres };

class Connection final {
public:
    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Creates the file (and its directory) if needed; WAL, foreign keys on, busy timeout for concurrent writers.
    static Result<Connection> openSqlite(const QString& path);
    // postgresql://user@host[:port]/db[?host=/socket/dir&connect_timeout=N&sslmode=…] (store/PostgresUrl.h)
    static Result<Connection> openPostgres(const QString& url);
    // A postgresql:// URL opens the server; anything else is a SQLite file path.
    static Result<Connection> open(const QString& urlOrPath);

    bool isOpen() const { return !m_name.isEmpty(); }
    Backend backend() const { return m_backend; }
    QString location() const { return m_location; } // never contains a password
    QSqlDatabase db() const;

    // Runs one statement with bound values; detail goes to the log category of the store on failure.
    bool exec(const QString& sql, const QVariantList& values = {}, QString* detail = nullptr) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;

    // SQLite: BEGIN IMMEDIATE, waiting for the file's write lock fairly (see beginSqliteFairly in Connection.cpp):
    // the writers of several processes take turns instead of the last holder taking it again and again.
    bool begin() const;
    bool commit() const;
    void rollback() const;
    // Whether a transaction begun with begin() is open on this connection (one that was not begun here is not
    // known): the audit trail writes inside it, or opens its own.
    bool inTransaction() const { return m_inTransaction; }

private:
    bool beginSqliteFairly() const;

    QString m_name;
    Backend m_backend = Backend::Sqlite;
    QString m_location;
    mutable qint64 m_lastEndNs = 0; // when this connection's last transaction ended (steady clock), 0: never
    mutable bool m_inTransaction = false;
};

// A transaction rolled back unless committed: early returns cannot leave a half-written visit behind.
class Transaction final {
public:
    explicit Transaction(const Connection& connection)
        : m_connection(connection)
        , m_open(connection.begin()) {}
    ~Transaction() {
        if (m_open)
            m_connection.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isOpen() const { return m_open; }
    bool commit() {
        m_open = !m_connection.commit();
        if (m_open) {
            m_connection.rollback();
            m_open = false;
            return false;
        }
        return true;
    }

private:
    const Connection& m_connection;
    bool m_open;
};

} // namespace madoguchi::store
