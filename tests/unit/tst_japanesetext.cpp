// 和暦 at every era boundary, kanji and full-width numerals, Japanese line breaking, field formats.
#include "FieldFormat.h"
#include "JapaneseDate.h"
#include "JapaneseNumerals.h"
#include "LineBreaking.h"

#include <QTest>

using namespace madoguchi::print;

class TestJapaneseText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eraBoundaries_data() {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last day of Meiji") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
        QTest::newRow("first day of Taisho") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
        QTest::newRow("last day of Taisho") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
        QTest::newRow("first day of Showa") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
        QTest::newRow("Showa 2") << QDate(1927, 1, 1) << QStringLiteral("昭和2年1月1日");
        QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
        QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
        QTest::newRow("Heisei 2") << QDate(1990, 1, 1) << QStringLiteral("平成2年1月1日");
        QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
        QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
        QTest::newRow("Reiwa 2") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
        QTest::newRow("first day of Meiji") << QDate(1868, 10, 23) << QStringLiteral("明治元年10月23日");
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QStringLiteral("令和6年2月29日");
    }
    void eraBoundaries() {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(JapaneseDate::format(date, DigitStyle::HalfWidth), expected);
    }

    void beforeMeijiIsRefused() {
        QVERIFY(!JapaneseDate::toEra(QDate(1868, 10, 22)));
        QVERIFY(JapaneseDate::format(QDate(1868, 10, 22)).isEmpty());
        QVERIFY(!JapaneseDate::toEra(QDate()));
    }

    void digitStyles() {
        QCOMPARE(JapaneseDate::format(QDate(1980, 1, 1), DigitStyle::FullWidth), QStringLiteral("昭和５５年１月１日"));
        QCOMPARE(JapaneseDate::format(QDate(2023, 12, 31), DigitStyle::Kanji),
                 QStringLiteral("令和五年十二月三十一日"));
        QCOMPARE(JapaneseDate::format(QDate(2019, 5, 1), DigitStyle::FullWidth), QStringLiteral("令和元年５月１日"));
        QCOMPARE(JapaneseDate::formatGregorian(QDate(2023, 4, 1), DigitStyle::Kanji),
                 QStringLiteral("二〇二三年四月一日"));
        QCOMPARE(JapaneseDate::formatGregorian(QDate(2023, 4, 1), DigitStyle::FullWidth),
                 QStringLiteral("２０２３年４月１日"));
    }

    void kanjiNumerals_data() {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << qint64(0) << QStringLiteral("〇");
        QTest::newRow("10") << qint64(10) << QStringLiteral("十");
        QTest::newRow("11") << qint64(11) << QStringLiteral("十一");
        QTest::newRow("123") << qint64(123) << QStringLiteral("百二十三");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("千");
        QTest::newRow("2019") << qint64(2019) << QStringLiteral("二千十九");
        QTest::newRow("10000") << qint64(10000) << QStringLiteral("一万");
        QTest::newRow("10500") << qint64(10500) << QStringLiteral("一万五百");
        QTest::newRow("100000000") << qint64(100000000) << QStringLiteral("一億");
        QTest::newRow("123456789") << qint64(123456789) << QStringLiteral("一億二千三百四十五万六千七百八十九");
    }
    void kanjiNumerals() {
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(JapaneseNumerals::toKanji(value), expected);
    }

    void fullWidthAndGrouping() {
        QCOMPARE(JapaneseNumerals::toFullWidth(QStringLiteral("12-34 AB")), QStringLiteral("１２－３４　ＡＢ"));
        QCOMPARE(JapaneseNumerals::toFullWidth(QStringLiteral("見本")), QStringLiteral("見本"));
        QCOMPARE(JapaneseNumerals::grouped(0), QStringLiteral("0"));
        QCOMPARE(JapaneseNumerals::grouped(999), QStringLiteral("999"));
        QCOMPARE(JapaneseNumerals::grouped(1000), QStringLiteral("1,000"));
        QCOMPARE(JapaneseNumerals::grouped(4800000), QStringLiteral("4,800,000"));
        QCOMPARE(JapaneseNumerals::grouped(-12345), QStringLiteral("-12,345"));
    }

    void lineBreakingRules() {
        // 行頭禁則: no line starts with 、。」 or a small kana.
        QVERIFY(!LineBreaking::mayBreakBetween(U'る', U'。'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'る', U'、'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'壊', U'」'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'シ', U'ャ'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'ル', U'ー'));
        // 行末禁則: no line ends with 「（.
        QVERIFY(!LineBreaking::mayBreakBetween(U'「', U'全'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'（', U'種'));
        // Latin words and numbers are not split; kanji may break anywhere else.
        QVERIFY(!LineBreaking::mayBreakBetween(U'1', U'2'));
        QVERIFY(!LineBreaking::mayBreakBetween(U'A', U'b'));
        QVERIFY(LineBreaking::mayBreakBetween(U'住', U'民'));
        QVERIFY(LineBreaking::mayBreakBetween(U'。', U'住'));
    }

    void fieldFormats() {
        const QJsonValue date(QStringLiteral("1989-01-08"));
        QCOMPARE(FieldFormat::apply(date, {}), QStringLiteral("平成元年１月８日"));
        QCOMPARE(FieldFormat::apply(date, QStringLiteral("wareki_half")), QStringLiteral("平成元年1月8日"));
        QCOMPARE(FieldFormat::apply(date, QStringLiteral("wareki_kanji")), QStringLiteral("平成元年一月八日"));
        QCOMPARE(FieldFormat::apply(date, QStringLiteral("seireki")), QStringLiteral("１９８９年１月８日"));
        QCOMPARE(FieldFormat::apply(QJsonValue(300), QStringLiteral("yen")), QStringLiteral("300円"));
        QCOMPARE(FieldFormat::apply(QJsonValue(1250000), QStringLiteral("yen_zen")),
                 QStringLiteral("１，２５０，０００円"));
        QCOMPARE(FieldFormat::apply(QJsonValue(3), QStringLiteral("kanji")), QStringLiteral("三"));
        QCOMPARE(FieldFormat::apply(QJsonValue(true), QStringLiteral("check")), QStringLiteral("■"));
        QCOMPARE(FieldFormat::apply(QJsonValue(false), QStringLiteral("check")), QStringLiteral("□"));
        QCOMPARE(FieldFormat::apply(QJsonValue(QStringLiteral("2026-11-21T09:05:00")), QStringLiteral("time")),
                 QStringLiteral("9時05分"));
        QCOMPARE(FieldFormat::apply(QJsonValue(), {}), QString());

        const QList<Placeholder> found = FieldFormat::find(QStringLiteral("{a}と{b_2:yen}、{Bad}"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).field, QStringLiteral("b_2"));
        QCOMPARE(found.at(1).format, QStringLiteral("yen"));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseText)
#include "tst_japanesetext.moc"
