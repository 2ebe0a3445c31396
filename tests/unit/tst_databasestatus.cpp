// Probing the stores: SQLite files are created in WAL mode; bad locations and URLs give a reason, not a crash.
#include "DatabaseStatus.h"
#include "store/PostgresUrl.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::DatabaseState;
using madoguchi::DatabaseStatus;
using madoguchi::store::PostgresUrl;

class TestDatabaseStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteIsCreatedInWalMode() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/terminal.sqlite"));
        const DatabaseState state = DatabaseStatus::probeSqlite(DatabaseState::Store::Local, path);
        QVERIFY2(state.reachable, qPrintable(state.detail));
        QVERIFY(state.version.startsWith(QLatin1String("SQLite 3.")));
        QVERIFY(QFile::exists(path));
    }

    void unwritableLocationIsReported() {
        const DatabaseState state =
            DatabaseStatus::probeSqlite(DatabaseState::Store::Local, QStringLiteral("/proc/no/such/terminal.sqlite"));
        QVERIFY(!state.reachable);
        QVERIFY(!state.detail.isEmpty());
    }

    void badPostgresUrlIsRefused_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("wrong scheme") << QStringLiteral("mysql://u@h/db");
        QTest::newRow("garbage") << QStringLiteral("::::");
    }

    void badPostgresUrlIsRefused() {
        QFETCH(QString, url);
        const DatabaseState state = DatabaseStatus::probePostgres(url);
        QVERIFY(!state.reachable);
        QCOMPARE(state.detail, QStringLiteral("not a postgresql:// URL"));
    }

    void unreachableServerGivesDetail() {
        // Port 1 on loopback: nothing listens, the connect fails at once.
        const DatabaseState state = DatabaseStatus::probePostgres(
            QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres?connect_timeout=1"));
        QVERIFY(!state.reachable);
        QVERIFY(!state.detail.isEmpty());
        QCOMPARE(state.location, QStringLiteral("127.0.0.1:1/postgres"));
    }
    void urlTransportOptionsReachLibpq_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("expected"); // options that must be there
        QTest::addColumn<QString>("absent");       // an option that must not
        QTest::newRow("remote host: verify-full by default")
            << QStringLiteral("postgresql://t07@db.city.local/madoguchi")
            << QStringList{QStringLiteral("sslmode=verify-full"), QStringLiteral("connect_timeout=3")} << QString();
        QTest::newRow("loopback: prefer")
            << QStringLiteral("postgresql://t07@127.0.0.1:5433/madoguchi")
            << QStringList{QStringLiteral("sslmode=prefer")} << QStringLiteral("sslmode=verify-full");
        QTest::newRow("socket directory: prefer") << QStringLiteral("postgresql://t07@/madoguchi?host=/run/postgresql")
                                                  << QStringList{QStringLiteral("sslmode=prefer")} << QString();
        QTest::newRow("explicit sslmode and CA")
            << QStringLiteral("postgresql://t07@db/m?sslmode=verify-ca&sslrootcert=/etc/madoguchi/ca.crt")
            << QStringList{QStringLiteral("sslmode=verify-ca"), QStringLiteral("sslrootcert=/etc/madoguchi/ca.crt")}
            << QStringLiteral("sslmode=verify-full");
        QTest::newRow("passfile and service")
            << QStringLiteral("postgresql://t07@db/m?passfile=/etc/madoguchi/pgpass&service=office&connect_timeout=9")
            << QStringList{QStringLiteral("passfile=/etc/madoguchi/pgpass"), QStringLiteral("service=office"),
                           QStringLiteral("connect_timeout=9")}
            << QStringLiteral("sslmode=verify-full"); // the service file says how to reach the server
        QTest::newRow("unknown keys are not passed") << QStringLiteral("postgresql://t07@db/m?options=-c%20x%3Dy")
                                                     << QStringList{} << QStringLiteral("options=-c x=y");
    }

    void urlTransportOptionsReachLibpq() {
        QFETCH(QString, url);
        QFETCH(QStringList, expected);
        QFETCH(QString, absent);
        const PostgresUrl address = PostgresUrl::parse(url, QStringLiteral("3"));
        QVERIFY2(address.ok(), qPrintable(address.error));
        for (const QString& option : expected)
            QVERIFY2(address.options.contains(option), qPrintable(address.options.join(QLatin1Char(' '))));
        if (!absent.isEmpty())
            QVERIFY(!address.options.contains(absent));
    }

    void passwordInTheUrlIsRefused() {
        const PostgresUrl address =
            PostgresUrl::parse(QStringLiteral("postgresql://t07:s3cret@db/m"), QStringLiteral("3"));
        QVERIFY(!address.ok());
        QVERIFY(address.error.contains(QLatin1String("passfile")));
        QVERIFY(!address.location.contains(QLatin1String("s3cret")));
        const DatabaseState state = DatabaseStatus::probePostgres(QStringLiteral("postgresql://t07:s3cret@db/m"));
        QVERIFY(!state.reachable);
        QVERIFY(!state.detail.contains(QLatin1String("s3cret")));
    }

    void optionValuesCannotInjectParameters() {
        // libpq's conninfo is space separated: a value with a space could smuggle in another parameter.
        const PostgresUrl address = PostgresUrl::parse(
            QStringLiteral("postgresql://t07@db/m?sslmode=disable%20host=evil"), QStringLiteral("3"));
        QVERIFY(!address.ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStatus)
#include "tst_databasestatus.moc"
