// Japanese era dates (和暦): 令和5年4月1日 from a Gregorian date, by the exact day each era began.
#include "JapaneseDate.h"

#include "JapaneseNumerals.h"

namespace madoguchi::print {

namespace {
QString number(int value, DigitStyle digits) {
    switch (digits) {
    case DigitStyle::HalfWidth:
        return QString::number(value);
    case DigitStyle::FullWidth:
        return JapaneseNumerals::toFullWidth(QString::number(value));
    case DigitStyle::Kanji:
        return JapaneseNumerals::toKanji(value);
    }
    return QString::number(value);
}
} // namespace

// The first day of each era in the Gregorian calendar. 平成 began on 1989-01-08 (昭和64年 ended on 01-07);
// 令和 on 2019-05-01. 明治 is counted from 1868-10-23, the proclamation, as the Gregorian start of 明治元年.
const QList<Era>& JapaneseDate::eras() {
    static const QList<Era> table = {
        {QStringLiteral("令和"), QLatin1Char('R'), QDate(2019, 5, 1)},
        {QStringLiteral("平成"), QLatin1Char('H'), QDate(1989, 1, 8)},
        {QStringLiteral("昭和"), QLatin1Char('S'), QDate(1926, 12, 25)},
        {QStringLiteral("大正"), QLatin1Char('T'), QDate(1912, 7, 30)},
        {QStringLiteral("明治"), QLatin1Char('M'), QDate(1868, 10, 23)},
    };
    return table;
}

std::optional<EraDate> JapaneseDate::toEra(const QDate& date) {
    if (!date.isValid())
        return std::nullopt;
    for (const Era& era : eras()) {
        if (date >= era.start)
            return EraDate{era.name, date.year() - era.start.year() + 1, date.month(), date.day()};
    }
    return std::nullopt;
}

QString JapaneseDate::format(const QDate& date, DigitStyle digits) {
    const std::optional<EraDate> era = toEra(date);
    if (!era)
        return {};
    const QString year = era->year == 1 ? QStringLiteral("元") : number(era->year, digits);
    return era->era + year + QStringLiteral("年") + number(era->month, digits) + QStringLiteral("月") +
           number(era->day, digits) + QStringLiteral("日");
}

QString JapaneseDate::formatForScreen(const QDate& date) {
    const QString era = format(date, DigitStyle::HalfWidth);
    if (era.isEmpty())
        return formatGregorian(date, DigitStyle::HalfWidth);
    return era + QStringLiteral("（%1年）").arg(date.year());
}

QString JapaneseDate::formatGregorian(const QDate& date, DigitStyle digits) {
    if (!date.isValid())
        return {};
    QString year;
    if (digits == DigitStyle::Kanji) {
        // Years are read digit by digit (二〇二三年), months and days as numbers (四月一日).
        for (const QChar c : QString::number(date.year()))
            year += JapaneseNumerals::toKanji(c.digitValue());
    } else {
        year = number(date.year(), digits);
    }
    return year + QStringLiteral("年") + number(date.month(), digits) + QStringLiteral("月") +
           number(date.day(), digits) + QStringLiteral("日");
}

} // namespace madoguchi::print
