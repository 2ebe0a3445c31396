// The central server's address as libpq should get it: one reading of a postgresql:// URL for every connection.
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace madoguchi::store {

struct PostgresUrl {
    QString host;  // a host name or a socket directory (?host=/dir)
    int port = -1; // -1: not given (libpq's default, or the service file's)
    QString database;
    QString user;
    QStringList options; // libpq key=value pairs (timeouts, TLS, passfile, service)
    QString location;    // host:port/db for messages and logs; never a password
    QString error;       // set when the URL is refused

    // postgresql://user@host[:port]/db[?sslmode=…&sslrootcert=…&passfile=…&service=…&connect_timeout=N…].
    // A password in the URL is refused: it would sit in the INI file and on command lines (docs/security.md).
    // Without ?sslmode a server reached over the network gets verify-full; a local socket or loopback gets prefer.
    static PostgresUrl parse(const QString& url, const QString& defaultConnectTimeout);
    bool ok() const { return error.isEmpty(); }
    void applyTo(QSqlDatabase& db) const;
};

} // namespace madoguchi::store
