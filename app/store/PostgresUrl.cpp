#include "PostgresUrl.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace madoguchi::store {

namespace {
// The libpq parameters a city may set in the URL; anything else in the query is ignored (with statement_timeout,
// which the connection applies itself after connecting).
constexpr const char* kPassedThrough[] = {"sslmode", "sslrootcert",      "sslcert",
                                          "sslkey",  "sslcrl",           "passfile",
                                          "service", "application_name", "target_session_attrs"};

bool isLocal(const QString& host) {
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}
} // namespace

PostgresUrl PostgresUrl::parse(const QString& url, const QString& defaultConnectTimeout) {
    PostgresUrl out;
    const QUrl parsed(url);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres"))) {
        out.location = url.section(QLatin1Char('@'), -1);
        out.error = QStringLiteral("not a postgresql:// URL");
        return out;
    }
    const QUrlQuery query(parsed);
    const QString socketDir = query.queryItemValue(QStringLiteral("host"));
    out.host = socketDir.isEmpty() ? parsed.host() : socketDir;
    // No port in the URL: none to libpq, so a service file or PGPORT can name it.
    out.port = parsed.port(-1);
    out.database = parsed.path().mid(1);
    out.user = parsed.userName();
    out.location = QStringLiteral("%1:%2/%3").arg(out.host).arg(parsed.port(5432)).arg(out.database);
    if (!parsed.password().isEmpty()) {
        out.error = QStringLiteral("a password in the URL is refused: put it in a 0600 passfile (?passfile=PATH or "
                                   "~/.pgpass) or a libpq service file (?service=NAME)");
        return out;
    }
    const QString timeout = query.queryItemValue(QStringLiteral("connect_timeout"));
    out.options << QStringLiteral("connect_timeout=%1").arg(timeout.isEmpty() ? defaultConnectTimeout : timeout);
    for (const char* key : kPassedThrough) {
        const QString value = query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        if (value.isEmpty())
            continue;
        if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\''))) {
            out.error =
                QStringLiteral("the URL parameter %1 holds a space, a quote or a semicolon").arg(QLatin1String(key));
            return out;
        }
        out.options << QStringLiteral("%1=%2").arg(QLatin1String(key), value);
    }
    if (query.queryItemValue(QStringLiteral("sslmode")).isEmpty() &&
        query.queryItemValue(QStringLiteral("service")).isEmpty())
        out.options << (isLocal(out.host) ? QStringLiteral("sslmode=prefer") : QStringLiteral("sslmode=verify-full"));
    return out;
}

void PostgresUrl::applyTo(QSqlDatabase& db) const {
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace madoguchi::store
