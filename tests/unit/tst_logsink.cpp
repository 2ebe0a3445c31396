// The log: a file per data directory, categories per library, debug only with --verbose.
#include "CoreLogging.h"
#include "LogSink.h"
#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    // The hole: the log was never rotated and grew for as long as the terminal ran. Now it is rotated by size, the
    // newest lines stay in madoguchi.log, exactly `keep` older files are kept, each bounded, all 0600 under umask 022.
    void rotatesBySizeKeepsNOwnerOnly() {
        QTemporaryDir dir;
        const mode_t previous = ::umask(022);
        const madoguchi::LogRotation rotation{4096, 3};
        const QString path = LogSink::install(dir.path(), false, rotation);
        QVERIFY(!path.isEmpty());
        const int lines = 1000; // about 60 KiB: many rotations
        for (int i = 0; i < lines; ++i)
            qCInfo(lcCore).noquote() << QStringLiteral("line %1 ").arg(i, 5, 10, QLatin1Char('0'));
        LogSink::uninstall();
        ::umask(previous);
        QStringList names = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{QStringLiteral("madoguchi.log"), QStringLiteral("madoguchi.log.1"),
                                     QStringLiteral("madoguchi.log.2"), QStringLiteral("madoguchi.log.3")}));
        int previousFirst = lines;
        for (const QString& name : names) { // newest first: madoguchi.log, .1, .2, .3
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(text.size() <= rotation.maxBytes, qPrintable(name));
            if (name != QLatin1String("madoguchi.log")) // a rotated file was full, give or take a line
                QVERIFY2(text.size() > rotation.maxBytes - 200, qPrintable(name));
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteOther),
                     QFileDevice::Permissions());
            // Whole lines only, in order, each file older than the one before it.
            QVERIFY(text.endsWith('\n'));
            const int first = text.mid(text.indexOf("line ") + 5, 5).toInt();
            const int last = text.mid(text.lastIndexOf("line ") + 5, 5).toInt();
            QVERIFY(first <= last);
            QCOMPARE(last, previousFirst - 1);
            previousFirst = first;
            if (name == QLatin1String("madoguchi.log"))
                QCOMPARE(last, lines - 1);
        }
        QVERIFY(previousFirst > 0); // the oldest lines were dropped with the file past `keep`
    }

    void rotationFromTheSettings() {
        QTemporaryDir dir;
        madoguchi::Settings settings(dir.filePath(QStringLiteral("madoguchi.ini")));
        const madoguchi::LogRotation defaults = madoguchi::LogRotation::fromSettings(settings);
        QCOMPARE(defaults.maxBytes, qint64(10 * 1024 * 1024));
        QCOMPARE(defaults.keep, 5);
        QVERIFY(settings.setValue(QStringLiteral("log/max_kib"), QStringLiteral("256")));
        QVERIFY(settings.setValue(QStringLiteral("log/keep"), QStringLiteral("9")));
        const madoguchi::LogRotation set = madoguchi::LogRotation::fromSettings(settings);
        QCOMPARE(set.maxBytes, qint64(256 * 1024));
        QCOMPARE(set.keep, 9);
        QVERIFY(settings.setValue(QStringLiteral("log/max_kib"), QStringLiteral("1")));
        QVERIFY(settings.setValue(QStringLiteral("log/keep"), QStringLiteral("0")));
        const madoguchi::LogRotation wrong = madoguchi::LogRotation::fromSettings(settings);
        QCOMPARE(wrong.maxBytes, defaults.maxBytes);
        QCOMPARE(wrong.keep, defaults.keep);
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
