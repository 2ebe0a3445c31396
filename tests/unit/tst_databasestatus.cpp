// Probing the stores: SQLite files are created in WAL mode; bad locations and URLs give a reason, not a crash.
#include "DatabaseStatus.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::DatabaseState;
using madoguchi::DatabaseStatus;

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
};

QTEST_GUILESS_MAIN(TestDatabaseStatus)
#include "tst_databasestatus.moc"
