// The log: a file per data directory, categories per library, debug only with --verbose.
#include "CoreLogging.h"
#include "LogSink.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using madoguchi::LogSink;

class TestLogSink : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesToTheLogFile() {
        QTemporaryDir dir;
        const QString path = LogSink::install(dir.filePath(QStringLiteral("logs")), false);
        QCOMPARE(path, dir.filePath(QStringLiteral("logs/madoguchi.log")));
        qCInfo(lcCore) << "terminal started";
        qCDebug(lcCore) << "debug detail hidden unless verbose";
        LogSink::uninstall();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("info madoguchi.core: terminal started"));
        // QT_LOGGING_RULES from the test environment enables debug; without verbose it still reaches the file.
        QVERIFY(text.endsWith('\n'));
    }

    void verboseEnablesDebug() {
        QTemporaryDir dir;
        const QString path = LogSink::install(dir.path(), true);
        QVERIFY(lcCore().isDebugEnabled());
        qCDebug(lcCore) << "card reader polled";
        LogSink::uninstall();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("debug madoguchi.core: card reader polled"));
    }

    void unwritableDirectoryGivesNoFileButNoCrash() {
        const QString path = LogSink::install(QStringLiteral("/proc/madoguchi-cannot-exist"), false);
        QVERIFY(path.isEmpty());
        qCWarning(lcCore) << "still logged to standard error";
        LogSink::uninstall();
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_logsink.moc"
