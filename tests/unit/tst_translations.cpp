// Translations are embedded and Japanese is loaded on request.
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void japaneseAndEnglishAreEmbedded() {
        const QStringList languages = madoguchi::Translations::available();
        QVERIFY2(languages.contains(QStringLiteral("ja")), qPrintable(languages.join(QLatin1Char(','))));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void japaneseTranslatesTheStatusScreen() {
        QVERIFY(madoguchi::Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("madoguchi::ui::StatusWindow", "Card reader"),
                 QStringLiteral("カードリーダー"));
        QCOMPARE(QCoreApplication::translate("cli", "Unknown command: %1"), QStringLiteral("不明なコマンドです: %1"));
    }

    void unknownLanguageFallsBackToEnglishSource() {
        QVERIFY(!madoguchi::Translations::install(*QCoreApplication::instance(), QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
