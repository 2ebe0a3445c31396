// Japanese era dates (和暦): 令和5年4月1日 from a Gregorian date, by the exact day each era began.
#include "JapaneseDate.h"

#include "JapaneseNumerals.h"

#include <array>

namespace madoguchi::print {

namespace {
struct Era {
    const char16_t* name;
    QDate start;
};

// The first day of each era in the Gregorian calendar. 平成 began on 1989-01-08 (昭和64年 ended on 01-07);
// 令和 on 2019-05-01. 明治 is counted from 1868-10-23, the proclamation, as the Gregorian start of 明治元年.
const std::array<Era, 5>& eras() {
    static const std::array<Era, 5> table = {{
        {u"令和", QDate(2019, 5, 1)},
        {u"平成", QDate(1989, 1, 8)},
        {u"昭和", QDate(1926, 12, 25)},
        {u"大正", QDate(1912, 7, 30)},
        {u"明治", QDate(1868, 10, 23)},
    }};
    return table;
}

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

std::optional<EraDate> JapaneseDate::toEra(const QDate& date) {
    if (!date.isValid())
        return std::nullopt;
    for (const Era& era : eras()) {
        if (date >= era.start)
            return EraDate{QString::fromUtf16(era.name), date.year() - era.start.year() + 1, date.month(), date.day()};
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
