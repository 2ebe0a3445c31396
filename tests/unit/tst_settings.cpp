// Settings: defaults from the one key table, the data directory, refusing unknown keys.
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using madoguchi::Settings;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        qputenv("MADOGUCHI_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void defaultsLiveUnderTheDataDirectory() {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        QCOMPARE(settings.dataDir(), m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(settings.localDatabasePath(), m_dir.filePath(QStringLiteral("data/terminal.sqlite")));
        QCOMPARE(settings.centralSqlitePath(), m_dir.filePath(QStringLiteral("data/central.sqlite")));
        QCOMPARE(settings.logDir(), m_dir.filePath(QStringLiteral("data/logs")));
        QVERIFY(settings.centralDatabaseUrl().isEmpty()); // embedded default: no server
        QCOMPARE(settings.simulatedCard(), QStringLiteral("auto"));
        QCOMPARE(settings.language(), QStringLiteral("ja"));
    }

    void valuesPersistInTheIniFile() {
        const QString file = m_dir.filePath(QStringLiteral("b.ini"));
        {
            Settings settings(file);
            QVERIFY(settings.setValue(QStringLiteral("card/reader"), QStringLiteral("Virtual PCD 00 01")));
            QVERIFY(settings.setValue(QStringLiteral("database/central"), QStringLiteral("postgresql://x@h/db")));
        }
        Settings reread(file);
        QCOMPARE(reread.preferredReader(), QStringLiteral("Virtual PCD 00 01"));
        QCOMPARE(reread.centralDatabaseUrl(), QStringLiteral("postgresql://x@h/db"));
    }

    void unknownKeysAreRefused() {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        QVERIFY(!settings.setValue(QStringLiteral("card/readr"), QStringLiteral("typo")));
        QVERIFY(!Settings::isKnown(QStringLiteral("card/readr")));
        QVERIFY(settings.value(QStringLiteral("card/readr")).isEmpty());
        for (const auto& key : Settings::keys())
            QVERIFY(Settings::isKnown(QString::fromUtf8(key.name)));
    }

    void environmentChoosesTheConfigFile() {
        const QString file = m_dir.filePath(QStringLiteral("env.ini"));
        qputenv("MADOGUCHI_CONFIG", file.toUtf8());
        Settings settings;
        qunsetenv("MADOGUCHI_CONFIG");
        QCOMPARE(settings.configFile(), file);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
