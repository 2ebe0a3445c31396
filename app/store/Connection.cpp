// One open Qt SQL connection (a terminal's SQLite file or the central PostgreSQL), unregistered when it goes away.
#include "Connection.h"

#include "DataLogging.h"
#include "FileModes.h"
#include "PostgresUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <thread>

namespace madoguchi::store {

namespace {
QString uniqueName(const char* prefix) {
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// How long a writer waits for the SQLite write lock before giving up (as the busy timeout of every other statement).
constexpr qint64 kSqliteLockWaitNs = 10'000'000'000;

qint64 steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void sleepUs(qint64 us) {
    std::this_thread::sleep_for(std::chrono::microseconds(us));
}

// The longest pause between two tries at the write lock of a writer that has waited `waitedNs` so far: the longer
// it waited, the more often it tries, so at a release the writer that waited longest is the most likely to get the
// lock (SQLite's own busy handler does the opposite: its pauses grow to 100 ms, so a newcomer or the last holder
// takes the lock again and again while an old waiter sleeps; docs/benchmarks.md, lobby queue).
qint64 maxPauseUs(qint64 waitedNs) {
    if (waitedNs < 20'000'000)
        return 2000;
    if (waitedNs < 100'000'000)
        return 1000;
    if (waitedNs < 500'000'000)
        return 500;
    return 200;
}

Outcome unreachable(const QString& location, const QString& detail) {
    return Outcome::failure(QCoreApplication::translate("store", "Cannot open the database %1.").arg(location), detail);
}
} // namespace

Connection::~Connection() {
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Connection::Connection(Connection&& other) noexcept
    : m_name(std::exchange(other.m_name, {}))
    , m_backend(other.m_backend)
    , m_location(std::move(other.m_location))
    , m_lastEndNs(other.m_lastEndNs)
    , m_inTransaction(std::exchange(other.m_inTransaction, false)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        Connection doomed(std::move(*this));
        m_name = std::exchange(other.m_name, {});
        m_backend = other.m_backend;
        m_location = std::move(other.m_location);
        m_lastEndNs = other.m_lastEndNs;
        m_inTransaction = std::exchange(other.m_inTransaction, false);
    }
    return *this;
}

QSqlDatabase Connection::db() const {
    return QSqlDatabase::database(m_name, false);
}

Result<Connection> Connection::openSqlite(const QString& path) {
    const QString dir = QFileInfo(path).absolutePath();
    if (!files::makeOwnerOnlyDir(dir))
        return Result<Connection>::refused(unreachable(path, QStringLiteral("cannot create directory %1").arg(dir)));
    Connection connection;
    connection.m_name = uniqueName("sqlite-");
    connection.m_backend = Backend::Sqlite;
    connection.m_location = path;
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection.m_name);
    database.setDatabaseName(path);
    // Several processes (terminal, sync, CLI) share the file: wait for a writer rather than fail at once.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteLockWaitNs / 1'000'000));
    if (!database.open())
        return Result<Connection>::refused(unreachable(path, database.lastError().text()));
    // SQLite creates -wal and -shm with the database file's mode: make the file 0600 before WAL creates them, and
    // repair both for a store created by an older version.
    for (const char* suffix : {"", "-wal", "-shm"})
        if (!files::makeOwnerOnlyFile(path + QLatin1String(suffix)))
            return Result<Connection>::refused(
                unreachable(path, QStringLiteral("cannot make %1%2 owner-only").arg(path, QLatin1String(suffix))));
    const QString mode = connection.scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Result<Connection>::refused(unreachable(path, QStringLiteral("journal_mode is %1").arg(mode)));
    connection.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // FULL: an issuance whose PDF was printed survives a power loss (NORMAL may lose the last commits in WAL mode).
    connection.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    for (const char* suffix : {"-wal", "-shm"})
        files::makeOwnerOnlyFile(path + QLatin1String(suffix));
    return Result<Connection>::of(std::move(connection));
}

Result<Connection> Connection::openPostgres(const QString& url) {
    const PostgresUrl address = PostgresUrl::parse(url, QStringLiteral("5"));
    if (!address.ok())
        return Result<Connection>::refused(unreachable(address.location, address.error));
    const QUrlQuery query{QUrl(url)};
    Connection connection;
    connection.m_name = uniqueName("pg-");
    connection.m_backend = Backend::Postgres;
    connection.m_location = address.location;
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection.m_name);
    address.applyTo(database);
    // A central server that stops answering must not hold the worker forever: connect_timeout bounds the connection
    // (also a server that accepts and never answers), tcp_user_timeout and the keepalives a connection whose packets
    // are dropped mid-query; statement_timeout (when the URL or the caller sets it: exports may run long) a query the
    // server itself never finishes, such as a lock wait.
    const QString userTimeout = query.queryItemValue(QStringLiteral("tcp_user_timeout"));
    QStringList options = address.options;
    options
        << QStringLiteral("tcp_user_timeout=%1").arg(userTimeout.toInt() > 0 ? userTimeout : QStringLiteral("10000"))
        << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=5")
        << QStringLiteral("keepalives_interval=2") << QStringLiteral("keepalives_count=3");
    database.setConnectOptions(options.join(QLatin1Char(';')));
    if (!database.open())
        return Result<Connection>::refused(unreachable(connection.m_location, database.lastError().text()));
    connection.exec(QStringLiteral("SET client_min_messages = warning"));
    if (const int ms = query.queryItemValue(QStringLiteral("statement_timeout")).toInt(); ms > 0)
        connection.exec(QStringLiteral("SET statement_timeout = %1").arg(ms));
    return Result<Connection>::of(std::move(connection));
}

Result<Connection> Connection::open(const QString& urlOrPath) {
    if (urlOrPath.startsWith(QLatin1String("postgres")))
        return openPostgres(urlOrPath);
    return openSqlite(urlOrPath);
}

bool Connection::exec(const QString& sql, const QVariantList& values, QString* detail) const {
    QSqlQuery query(db());
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        const QString text = query.lastError().text();
        qCWarning(lcStore) << "statement failed on" << m_location << ":" << text;
        if (detail)
            *detail = text;
    }
    return ok;
}

QVariant Connection::scalar(const QString& sql, const QVariantList& values) const {
    QSqlQuery query(db());
    if (!query.prepare(sql))
        return {};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

bool Connection::begin() const {
    m_inTransaction = m_backend == Backend::Sqlite ? beginSqliteFairly() : db().transaction();
    return m_inTransaction;
}

// IMMEDIATE takes the write lock now, so two writers queue instead of failing at commit. The wait is ours, not
// SQLite's busy handler (busy_timeout 0 for the BEGIN only): tries at the lock with a random pause (jitter, so the
// waiters of several processes do not try in step) that shrinks the longer a writer has waited; and a connection
// that ended a transaction a moment ago and begins the next at once (a loop: a counter calling again and again, a
// batch import) first pauses 0.1 to 0.6 ms, so a writer waiting for the lock gets it in between instead of the one that
// just had it taking it back at once (0.35 ms on average). Alone on the file, a writer only pays that pause when it
// begins again within 2 ms of its last transaction.
bool Connection::beginSqliteFairly() const {
    QSqlDatabase database = db();
    QSqlQuery query(database);
    const qint64 start = steadyNs();
    if (m_lastEndNs != 0 && start - m_lastEndNs < 2'000'000)
        sleepUs(QRandomGenerator::global()->bounded(100, 600));
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 0")))
        return false;
    bool begun = false;
    for (;;) {
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            begun = true;
            break;
        }
        // SQLITE_BUSY (5) and its extended codes: someone else writes. Anything else is a real failure.
        const bool busy = (query.lastError().nativeErrorCode().toInt() & 0xff) == 5;
        const qint64 waited = steadyNs() - start;
        if (!busy || waited >= kSqliteLockWaitNs) {
            qCWarning(lcStore).noquote() << "cannot begin a write transaction on" << m_location << "after"
                                         << waited / 1'000'000 << "ms:" << query.lastError().text();
            break;
        }
        const qint64 pause = maxPauseUs(waited);
        sleepUs(QRandomGenerator::global()->bounded(int(pause / 4), int(pause) + 1));
    }
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kSqliteLockWaitNs / 1'000'000));
    return begun;
}

bool Connection::commit() const {
    QSqlDatabase database = db();
    if (m_backend == Backend::Sqlite) {
        QSqlQuery query(database);
        const bool ok = query.exec(QStringLiteral("COMMIT"));
        m_lastEndNs = steadyNs();
        m_inTransaction = m_inTransaction && !ok; // a failed COMMIT leaves it open until the rollback
        return ok;
    }
    const bool ok = database.commit();
    m_inTransaction = m_inTransaction && !ok;
    return ok;
}

void Connection::rollback() const {
    QSqlDatabase database = db();
    if (m_backend == Backend::Sqlite) {
        QSqlQuery query(database);
        query.exec(QStringLiteral("ROLLBACK"));
        m_lastEndNs = steadyNs();
        m_inTransaction = false;
        return;
    }
    database.rollback();
    m_inTransaction = false;
}

} // namespace madoguchi::store
