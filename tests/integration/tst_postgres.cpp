// Through a real PostgreSQL 15: Japanese text including a character outside the BMP survives a QPSQL round trip,
// and the status probe tells a running server from a stopped one.
#include "DatabaseStatus.h"
#include "TestServices.h"
#include "store/Connection.h"

#include <QTemporaryDir>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using madoguchi::DatabaseStatus;
using madoguchi::test::TestServices;

class TestPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestServices::hasPostgres(), "must run through with-services.sh --postgres"); }

    void japaneseRoundTrip() {
        // 𠮷 (U+20BB7) is four bytes in UTF-8; 髙 and 﨑 are BMP variants that must not be folded.
        const QString name = QStringLiteral("𠮷野　髙﨑");
        QVERIFY(name.contains(QChar::highSurrogate(0x20BB7)));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
            db.setHostName(TestServices::postgresHost());
            db.setPort(TestServices::postgresPort());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setUserName(QStringLiteral("postgres"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("CREATE TEMP TABLE resident (id serial PRIMARY KEY, name text NOT NULL)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO resident (name) VALUES (?) RETURNING id")));
            query.addBindValue(name);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            const int id = query.value(0).toInt();
            QVERIFY(query.prepare(QStringLiteral("SELECT name, char_length(name), octet_length(name) FROM resident "
                                                 "WHERE id = ?")));
            query.addBindValue(id);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toString(), name);
            QCOMPARE(query.value(1).toInt(), 5);  // 𠮷 is one character to the server
            QCOMPARE(query.value(2).toInt(), 16); // 4 + 3 + 3 + 3 + 3 bytes
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }

    void probeSeesTheServerGoAndComeBack() {
        const QString url = TestServices::postgresUrl() + QStringLiteral("?connect_timeout=2");
        auto state = DatabaseStatus::probePostgres(url);
        QVERIFY2(state.reachable, qPrintable(state.detail));
        QVERIFY(state.version.startsWith(QLatin1String("PostgreSQL 15")));
        QVERIFY(TestServices::control({QStringLiteral("pg-stop")}));
        state = DatabaseStatus::probePostgres(url);
        QVERIFY(!state.reachable);
        QVERIFY(!state.detail.isEmpty());
        QVERIFY(TestServices::control({QStringLiteral("pg-start")}));
        state = DatabaseStatus::probePostgres(url);
        QVERIFY2(state.reachable, qPrintable(state.detail));
    }
    void transportSettingsReachTheServer() {
        // The test server runs without TLS: sslmode=require must be refused by libpq, which shows the option arrives.
        auto required = madoguchi::store::Connection::openPostgres(
            TestServices::postgresUrl() + QStringLiteral("?sslmode=require&connect_timeout=2"));
        QVERIFY(!required);
        QVERIFY2(required.outcome.detail.contains(QLatin1String("SSL")), qPrintable(required.outcome.detail));
        auto plain = madoguchi::store::Connection::openPostgres(TestServices::postgresUrl() +
                                                                QStringLiteral("?sslmode=disable&connect_timeout=2"));
        QVERIFY2(plain, qPrintable(plain.outcome.detail));
        QCOMPARE(
            plain.value->scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).toBool(),
            false);

        // A libpq service file names the server: the URL carries no host, user or password.
        QTemporaryDir dir;
        QFile services(dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[office]\nhost=%1\nport=%2\ndbname=postgres\nuser=postgres\nsslmode=disable\n")
                           .arg(TestServices::postgresHost())
                           .arg(TestServices::postgresPort())
                           .toUtf8());
        services.close();
        qputenv("PGSERVICEFILE", services.fileName().toLocal8Bit());
        auto viaService = madoguchi::store::Connection::openPostgres(
            QStringLiteral("postgresql:///?service=office&connect_timeout=2"));
        qunsetenv("PGSERVICEFILE");
        QVERIFY2(viaService, qPrintable(viaService.outcome.detail));
        QCOMPARE(viaService.value->scalar(QStringLiteral("SELECT current_user")).toString(),
                 QStringLiteral("postgres"));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
