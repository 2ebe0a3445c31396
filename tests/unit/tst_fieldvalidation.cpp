// Form values checked as typed: dates (incl. Japanese eras), kana, postal codes, phone numbers, My Number check digit.
#include "visit/FieldValidation.h"

#include "JapaneseDate.h"

#include <QTest>

using namespace madoguchi::visit;

class TestFieldValidation final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void checkDigitOfPersonas();
    void datesAsThePaperShowsThem_data();
    void datesAsThePaperShowsThem();
    void everyEraBoundary();
};

void TestFieldValidation::accepted_data() {
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("iso date") << FieldKind::Date << "2025-04-01"
                              << "2025-04-01";
    QTest::newRow("slashes") << FieldKind::Date << "2025/4/1"
                             << "2025-04-01";
    QTest::newRow("compact") << FieldKind::Date << "20250401"
                             << "2025-04-01";
    QTest::newRow("full-width digits") << FieldKind::Date << "２０２５－０４－０１"
                                       << "2025-04-01";
    QTest::newRow("reiwa kanji") << FieldKind::Date << "令和7年4月1日"
                                 << "2025-04-01";
    QTest::newRow("reiwa gannen") << FieldKind::Date << "令和元年5月1日"
                                  << "2019-05-01";
    QTest::newRow("heisei letter") << FieldKind::BirthDate << "H1.1.8"
                                   << "1989-01-08";
    QTest::newRow("showa lower") << FieldKind::BirthDate << "s55.2.17"
                                 << "1980-02-17";
    QTest::newRow("katakana") << FieldKind::Kana << "スズキ　ヨウタ"
                              << "スズキ　ヨウタ";
    QTest::newRow("hiragana converted") << FieldKind::Kana << "すずき ゆい"
                                        << "スズキ　ユイ";
    QTest::newRow("long vowel") << FieldKind::Kana << "ブラウン　エミリー"
                                << "ブラウン　エミリー";
    QTest::newRow("postal hyphen") << FieldKind::PostalCode << "180-0001"
                                   << "180-0001";
    QTest::newRow("postal digits") << FieldKind::PostalCode << "1800001"
                                   << "180-0001";
    QTest::newRow("postal mark") << FieldKind::PostalCode << "〒１８０－０００１"
                                 << "180-0001";
    QTest::newRow("mobile") << FieldKind::Phone << "09012345678"
                            << "090-1234-5678";
    QTest::newRow("landline") << FieldKind::Phone << "0422-60-1800"
                              << "0422-60-1800";
    QTest::newRow("my number") << FieldKind::MyNumber << "9526 0181 5908"
                               << "952601815908";
    QTest::newRow("count") << FieldKind::Count << "２"
                           << "2";
    QTest::newRow("empty is for the form") << FieldKind::Date << ""
                                           << "";
}

void TestFieldValidation::accepted() {
    QFETCH(FieldKind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    const FieldCheck check = checkField(kind, typed, QDate(2026, 11, 21));
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.value, canonical);
    QVERIFY(check.reason.isEmpty());
}

void TestFieldValidation::refused_data() {
    QTest::addColumn<FieldKind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("feb 30") << FieldKind::Date << "2025-02-30"
                            << "no day 30";
    QTest::newRow("month 13") << FieldKind::Date << "2025-13-01"
                              << "no month 13";
    QTest::newRow("words") << FieldKind::Date << "yesterday"
                           << "2025-04-01";
    QTest::newRow("heisei after its end") << FieldKind::Date << "平成32年1月1日"
                                          << "not within";
    QTest::newRow("showa before its start") << FieldKind::Date << "昭和元年1月1日"
                                            << "not within";
    QTest::newRow("unknown era") << FieldKind::Date << "慶応3年1月1日"
                                 << "Unknown era";
    QTest::newRow("future birth") << FieldKind::BirthDate << "2030-01-01"
                                  << "future";
    QTest::newRow("half-width kana") << FieldKind::Kana << "ｽｽﾞｷ"
                                     << "half-width";
    QTest::newRow("kanji in kana") << FieldKind::Kana << "鈴木"
                                   << "not kana";
    QTest::newRow("postal 6 digits") << FieldKind::PostalCode << "180-001"
                                     << "7 digits";
    QTest::newRow("postal letters") << FieldKind::PostalCode << "180-000A"
                                    << "7 digits";
    QTest::newRow("phone no zero") << FieldKind::Phone << "9012345678"
                                   << "starts with 0";
    QTest::newRow("mobile short") << FieldKind::Phone << "090-1234-567"
                                  << "11 digits";
    QTest::newRow("landline long") << FieldKind::Phone << "04226018001"
                                   << "10 digits";
    QTest::newRow("phone letters") << FieldKind::Phone << "0422-AB-1800"
                                   << "Only digits";
    QTest::newRow("my number short") << FieldKind::MyNumber << "95260181590"
                                     << "12 digits";
    QTest::newRow("my number check digit") << FieldKind::MyNumber << "952601815907"
                                           << "check digit";
    QTest::newRow("count negative") << FieldKind::Count << "-1"
                                    << "0 to 99";
}

void TestFieldValidation::refused() {
    QFETCH(FieldKind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, reasonContains);
    const FieldCheck check = checkField(kind, typed, QDate(2026, 11, 21));
    QVERIFY(!check.ok);
    QVERIFY2(check.reason.contains(reasonContains), qPrintable(check.reason));
}

void TestFieldValidation::datesAsThePaperShowsThem_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    const QDate birth(1985, 9, 12);
    for (const char* typed :
         {"昭和60年9月12日", "S60.9.12", "s60/09/12", "昭60.9.12", "昭和 60年 9月 12日", "㍼60.9.12", "1985-09-12",
          "1985年9月12日", "１９８５年９月１２日", "Ｓ６０．９．１２", "19850912"})
        QTest::newRow(typed) << QString::fromUtf8(typed) << birth;
    QTest::newRow("R8.4.1") << QStringLiteral("R8.4.1") << QDate(2026, 4, 1);
    QTest::newRow("令和8年4月1日") << QStringLiteral("令和8年4月1日") << QDate(2026, 4, 1);
    QTest::newRow("R元.5.1") << QStringLiteral("R元.5.1") << QDate(2019, 5, 1);
    QTest::newRow("令和元年5月1日") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("平成31年4月30日") << QStringLiteral("平成31年4月30日") << QDate(2019, 4, 30);
    QTest::newRow("昭和64年1月7日") << QStringLiteral("昭和64年1月7日") << QDate(1989, 1, 7);
    QTest::newRow("平成元年1月8日") << QStringLiteral("平成元年1月8日") << QDate(1989, 1, 8);
}

void TestFieldValidation::datesAsThePaperShowsThem() {
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QString reason;
    QCOMPARE(parseTypedDate(typed, &reason), date);
    const FieldCheck check = checkField(FieldKind::BirthDate, typed, QDate(2026, 11, 21));
    QVERIFY2(check.ok, qPrintable(check.reason));
    QCOMPARE(check.value, date.toString(Qt::ISODate));
}

// For every era of the one table: its first day and the last day of the era before are accepted in every way of
// writing an era (name, one kanji, letter, square sign, 元年), the day before its first day written in it and the
// first day written in the era before are refused; every date written by the printer reads back as itself.
void TestFieldValidation::everyEraBoundary() {
    using madoguchi::print::JapaneseDate;
    const QList<madoguchi::print::Era>& eras = JapaneseDate::eras();
    const QString squares = QStringLiteral("㋿㍻㍼㍽㍾");
    QCOMPARE(squares.size(), eras.size());
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const madoguchi::print::Era& era = eras.at(i);
        const QDate first = era.start;
        const QString md = QStringLiteral("%1.%2").arg(first.month()).arg(first.day());
        for (const QString& name :
             {era.name, era.name.left(1), QString(era.letter), QString(era.letter).toLower(), QString(squares.at(i))}) {
            for (const QString& typed : {name + QStringLiteral("元.") + md, name + QStringLiteral("1.") + md,
                                         name + QStringLiteral("元年%1月%2日").arg(first.month()).arg(first.day())}) {
                QString reason;
                QCOMPARE(parseTypedDate(typed, &reason), first);
            }
            const QDate before = first.addDays(-1);
            QString reason;
            const QString early = name + QStringLiteral("元年%1月%2日").arg(before.month()).arg(before.day());
            QVERIFY2(!parseTypedDate(early, &reason).isValid(), qPrintable(early));
            QVERIFY2(reason.contains(era.name), qPrintable(reason));
        }
        for (const QDate& day : {first, first.addDays(1), first.addDays(-1), first.addYears(1), first.addDays(-366)}) {
            const QString printed = JapaneseDate::format(day, madoguchi::print::DigitStyle::HalfWidth);
            if (printed.isEmpty())
                continue; // before 明治
            QString reason;
            QCOMPARE(parseTypedDate(printed, &reason), day);
            QCOMPARE(parseTypedDate(JapaneseDate::format(day, madoguchi::print::DigitStyle::FullWidth), &reason), day);
            QVERIFY(JapaneseDate::formatForScreen(day).contains(QStringLiteral("（%1年）").arg(day.year())));
        }
        if (i + 1 < eras.size()) {
            // The first day of this era written in the era before it (平成31年5月1日) does not exist.
            const madoguchi::print::Era& previous = eras.at(i + 1);
            const int yearInPrevious = first.year() - previous.start.year() + 1;
            const QString late =
                previous.name + QStringLiteral("%1年%2月%3日").arg(yearInPrevious).arg(first.month()).arg(first.day());
            QString reason;
            QVERIFY2(!parseTypedDate(late, &reason).isValid(), qPrintable(late));
            QVERIFY2(reason.contains(previous.name), qPrintable(reason));
            const QDate last = first.addDays(-1);
            const QString lastDay = previous.name + QStringLiteral("%1年%2月%3日")
                                                        .arg(last.year() - previous.start.year() + 1)
                                                        .arg(last.month())
                                                        .arg(last.day());
            QCOMPARE(parseTypedDate(lastDay, &reason), last);
        }
    }
}

void TestFieldValidation::checkDigitOfPersonas() {
    // The demo personas' numbers are built with the statutory check digit.
    for (const char* number : {"952601815908", "983016613189", "960913909961", "903082462813", "994821993518"}) {
        const QString n = QString::fromLatin1(number);
        QCOMPARE(myNumberCheckDigit(n.left(11)), n.at(11).digitValue());
    }
    const FieldCheck choice = checkField(FieldKind::Choice, QStringLiteral("男"), {}, {QStringLiteral("女")});
    QVERIFY(!choice.ok);
}

QTEST_GUILESS_MAIN(TestFieldValidation)
#include "tst_fieldvalidation.moc"
