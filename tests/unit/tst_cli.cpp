// The executables' command lines: --version, --help, bad commands, status as JSON.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& dataDir) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MADOGUCHI_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("MADOGUCHI_CONFIG"), dataDir + QStringLiteral("/madoguchi.ini"));
    env.insert(QStringLiteral("PCSCLITE_CSOCK_NAME"), dataDir + QStringLiteral("/no-pcscd.comm"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        m_cli = qEnvironmentVariable("MADOGUCHI_CLI");
        m_gui = qEnvironmentVariable("MADOGUCHI_GUI");
        QVERIFY(!m_cli.isEmpty() && !m_gui.isEmpty());
        QVERIFY(m_dir.isValid());
    }

    void versionOfBoth() {
        for (const QString& program : {m_cli, m_gui}) {
            const Run r = run(program, {QStringLiteral("--version")}, m_dir.path());
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QLatin1String("madoguchi ")), qPrintable(r.out));
            QVERIFY(r.out.contains(QLatin1String("0.1.0")));
        }
    }

    void helpListsOptionsAndCommands() {
        const Run cli = run(m_cli, {QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(cli.code, 0);
        QVERIFY(cli.out.contains(QLatin1String("--verbose")));
        QVERIFY(cli.out.contains(QLatin1String("status")));
        const Run gui = run(m_gui, {QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(gui.code, 0);
        QVERIFY(gui.out.contains(QLatin1String("--mode")));
    }

    void unknownCommandIsAUsageError() {
        const Run r = run(m_cli, {QStringLiteral("frobnicate")}, m_dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
        const Run none = run(m_cli, {}, m_dir.path());
        QCOMPARE(none.code, 2);
        const Run badOption = run(m_cli, {QStringLiteral("status"), QStringLiteral("--nope")}, m_dir.path());
        QCOMPARE(badOption.code, 2);
    }

    void unknownGuiModeIsRefused() {
        const Run r = run(m_gui, {QStringLiteral("--mode"), QStringLiteral("arcade")}, m_dir.path());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("arcade")));
    }

    void statusAsJson() {
        const Run r = run(m_cli, {QStringLiteral("status"), QStringLiteral("--json")}, m_dir.path());
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("pcscd")).toBool(true), false);
        QVERIFY(report.value(QStringLiteral("local_database")).toObject().value(QStringLiteral("reachable")).toBool());
        QCOMPARE(
            report.value(QStringLiteral("central_database")).toObject().value(QStringLiteral("backend")).toString(),
            QStringLiteral("sqlite"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("logs/madoguchi.log"))));
    }

private:
    QString m_cli;
    QString m_gui;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
