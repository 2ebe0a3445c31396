// Numbers as Japanese documents write them: full-width digits (１２３), kanji numerals (百二十三), yen amounts.
#pragma once

#include <QString>

namespace madoguchi::print {

class JapaneseNumerals {
public:
    // ASCII digits, letters, '-', ',' and spaces to their full-width forms; everything else unchanged.
    static QString toFullWidth(const QString& text);
    // 0 → 〇, 123 → 百二十三, 10000 → 一万, 2019 → 二千十九 (for values below 10^16).
    static QString toKanji(qint64 value);
    // 12345 → "12,345"
    static QString grouped(qint64 value);
};

} // namespace madoguchi::print
