// Japanese era dates (和暦): 令和5年4月1日 from a Gregorian date, by the exact day each era began.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::print {

struct EraDate {
    QString era;  // 明治, 大正, 昭和, 平成, 令和
    int year = 0; // 1 = 元年
    int month = 0;
    int day = 0;
};

// One era of the calendar: its name, the letter forms use for it (R, H, S, T, M) and its first day.
struct Era {
    QString name;
    QChar letter;
    QDate start;
};

// How the numbers of a date are written: 5 (half-width), ５ (full-width, as on most certificates), 五 (kanji).
enum class DigitStyle { HalfWidth, FullWidth, Kanji };

class JapaneseDate {
public:
    // The eras, newest first. The one table every date of the program is read and written with.
    static const QList<Era>& eras();
    // Empty before 1868-10-23 (明治元年 as Gregorian date), where the era calendar stops being one-to-one.
    static std::optional<EraDate> toEra(const QDate& date);
    // "令和元年5月1日"; empty for a date toEra() refuses.
    static QString format(const QDate& date, DigitStyle digits = DigitStyle::FullWidth);
    // For screens: "昭和60年9月12日（1985年）" (half-width digits, the Western year beside the era's); a date before
    // 明治 as "1850年1月1日".
    static QString formatForScreen(const QDate& date);
    // "2023年4月1日" in the given digits, for forms that ask for the Western year.
    static QString formatGregorian(const QDate& date, DigitStyle digits = DigitStyle::FullWidth);
};

} // namespace madoguchi::print
