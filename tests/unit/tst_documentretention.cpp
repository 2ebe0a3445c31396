// Issued PDFs past print/retention_days: the core's sweep (which day folders go, what stays), and
// `madoguchi-cli documents purge` — refused for every role but admin before anything is touched, audited.
#include "issuance/DocumentRetention.h"
#include "store/Connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

void touch(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("%PDF-1.4\n");
}

// Folders from `today - 100` to `today`, one PDF and one guidance sheet each, plus things that are not day folders.
void makeDocuments(const QString& root, QDate today) {
    QDir().mkpath(root);
    for (int back = 0; back <= 100; back += 10) {
        const QString day = QDir(root).filePath(today.addDays(-back).toString(Qt::ISODate));
        QDir().mkpath(day);
        touch(QDir(day).filePath(QStringLiteral("V1-1-juminhyo.pdf")));
        touch(QDir(day).filePath(QStringLiteral("guidance-V1-en.pdf")));
    }
    QDir().mkpath(QDir(root).filePath(QStringLiteral("templates-backup")));
    QDir().mkpath(QDir(root).filePath(QStringLiteral("2026-13-01")));
    touch(QDir(root).filePath(QStringLiteral("README.txt")));
}
} // namespace

class TestDocumentRetention : public QObject {
    Q_OBJECT

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), m_dir.path());
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), m_dir.filePath(QStringLiteral("madoguchi.ini")));
        env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), m_dir.filePath(QStringLiteral("no-pcscd.comm")));
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{QStringLiteral("--language"), QStringLiteral("en")} + args);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    int auditCount(const QString& action) {
        auto local = store::Connection::openSqlite(m_dir.filePath(QStringLiteral("terminal.sqlite")));
        if (!local)
            return -1;
        return local.value->scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"), {action})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        QVERIFY(!m_cli.isEmpty());
        QVERIFY(m_dir.isValid());
        QFile ini(m_dir.filePath(QStringLiteral("madoguchi.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[terminal]\nid=T07\n[print]\nretention_days=30\ndocument_dir=" +
                  m_dir.filePath(QStringLiteral("documents")).toUtf8() + "\n");
        ini.close();
        const auto add = [&](const char* login, const char* role, const QByteArray& input, bool asAdmin) {
            QStringList args{QStringLiteral("staff"),    QStringLiteral("add"),    QStringLiteral("--login"),
                             QString::fromLatin1(login), QStringLiteral("--name"), QString::fromLatin1(login),
                             QStringLiteral("--role"),   QString::fromLatin1(role)};
            if (asAdmin)
                args << QStringLiteral("--as") << QStringLiteral("admin1");
            const Run r = cli(args, input);
            return r.code == 0 ? QString() : r.err;
        };
        QCOMPARE(add("admin1", "admin", "admin-pass-1\n", false), QString());
        QCOMPARE(add("boss1", "supervisor", "admin-pass-1\nboss-pass-1\n", true), QString());
        QCOMPARE(add("clerk1", "clerk", "admin-pass-1\nclerk-pass-1\n", true), QString());
    }

    void sweepTakesOnlyDayFoldersPastThePeriod_data() {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("folders"); // of the 11 made: 0, 10, … 100 days back
        QTest::newRow("keep for ever") << 0 << 0;
        QTest::newRow("30 days") << 30 << 7; // 40 … 100 days back; the folder exactly 30 days back stays
        QTest::newRow("1 day") << 1 << 10;   // all but today
        QTest::newRow("a year") << 365 << 0;
        QTest::newRow("negative is keep") << -5 << 0;
    }

    void sweepTakesOnlyDayFoldersPastThePeriod() {
        QFETCH(int, days);
        QFETCH(int, folders);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("documents"));
        const QDate today(2026, 12, 2);
        makeDocuments(root, today);
        const issuance::RetentionSweep planned = issuance::expiredDocuments(root, today, days);
        QCOMPARE(planned.dayFolders.size(), folders);
        QCOMPARE(planned.files, folders * 2);
        const issuance::RetentionSweep done = issuance::removeExpiredDocuments(root, today, days);
        QCOMPARE(done.dayFolders, planned.dayFolders);
        QCOMPARE(done.files, planned.files);
        QVERIFY(done.failures.isEmpty());
        for (int back = 0; back <= 100; back += 10) {
            const bool kept = days <= 0 || back <= days;
            QCOMPARE(QDir(QDir(root).filePath(today.addDays(-back).toString(Qt::ISODate))).exists(), kept);
        }
        // What is not a day folder is never touched.
        QVERIFY(QDir(QDir(root).filePath(QStringLiteral("templates-backup"))).exists());
        QVERIFY(QDir(QDir(root).filePath(QStringLiteral("2026-13-01"))).exists());
        QVERIFY(QFile::exists(QDir(root).filePath(QStringLiteral("README.txt"))));
    }

    void aFolderWithSomethingElseInsideStays() {
        QTemporaryDir dir;
        const QDate today(2026, 12, 2);
        const QString day = dir.filePath(today.addDays(-60).toString(Qt::ISODate));
        QDir().mkpath(QDir(day).filePath(QStringLiteral("kept-by-hand")));
        touch(QDir(day).filePath(QStringLiteral("V9-1-inkan.pdf")));
        const issuance::RetentionSweep done = issuance::removeExpiredDocuments(dir.path(), today, 30);
        QCOMPARE(done.files, 1);
        QVERIFY(done.dayFolders.isEmpty());
        QCOMPARE(done.failures.size(), 1);
        QVERIFY(QDir(day).exists());
    }

    void purgeCommandIsForAdminsOnly_data() {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("clerk") << QStringLiteral("clerk1") << QByteArray("clerk-pass-1\n");
        QTest::newRow("supervisor") << QStringLiteral("boss1") << QByteArray("boss-pass-1\n");
    }

    void purgeCommandIsForAdminsOnly() {
        QFETCH(QString, login);
        QFETCH(QByteArray, password);
        const QString root = m_dir.filePath(QStringLiteral("documents"));
        makeDocuments(root, QDate::currentDate());
        const int refusedBefore = auditCount(QStringLiteral("access.refused"));
        const Run r =
            cli({QStringLiteral("documents"), QStringLiteral("purge"), QStringLiteral("--as"), login}, password);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not allowed")) || r.err.contains(QLatin1String("may not")),
                 qPrintable(r.err));
        QCOMPARE(issuance::expiredDocuments(root, QDate::currentDate(), 30).dayFolders.size(), 7); // nothing deleted
        QCOMPARE(auditCount(QStringLiteral("access.refused")), refusedBefore + 1);
        const Run noSignIn = cli({QStringLiteral("documents"), QStringLiteral("purge")});
        QCOMPARE(noSignIn.code, 1);
        QCOMPARE(issuance::expiredDocuments(root, QDate::currentDate(), 30).dayFolders.size(), 7);
    }

    void adminPurgesAndTheSweepIsAudited() {
        const QString root = m_dir.filePath(QStringLiteral("documents"));
        makeDocuments(root, QDate::currentDate());
        Run r = cli({QStringLiteral("documents"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                     QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("admin1")},
                    "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("day_folders")).toArray().size(), 7);
        QCOMPARE(json.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(issuance::expiredDocuments(root, QDate::currentDate(), 30).dayFolders.size(), 7);
        const int purgedBefore = auditCount(QStringLiteral("documents.purged"));
        r = cli({QStringLiteral("documents"), QStringLiteral("purge"), QStringLiteral("--json"), QStringLiteral("--as"),
                 QStringLiteral("admin1")},
                "admin-pass-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("files")).toInt(), 14);
        QCOMPARE(issuance::expiredDocuments(root, QDate::currentDate(), 30).dayFolders.size(), 0);
        QCOMPARE(auditCount(QStringLiteral("documents.purged")), purgedBefore + 1);
        // --days overrides the setting; out of range is a usage error before any sign-in.
        r = cli({QStringLiteral("documents"), QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("0"),
                 QStringLiteral("--as"), QStringLiteral("admin1")},
                "admin-pass-1\n");
        QCOMPARE(r.code, 2);
    }

private:
    QString m_cli;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDocumentRetention)
#include "tst_documentretention.moc"
