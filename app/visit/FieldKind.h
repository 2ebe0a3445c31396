// What kind of value a form field holds, which decides how it is checked as the clerk types.
#pragma once

#include <QString>

namespace madoguchi::visit {

enum class FieldKind {
    Text,       // free text, e.g. a name or an address
    Kana,       // full-width katakana (hiragana is converted), e.g. フリガナ
    Date,       // any date: 2025-04-01, 2025/4/1, 20250401, 令和7年4月1日, R7.4.1
    BirthDate,  // a date not in the future
    PostalCode, // 7 digits, e.g. 180-0001
    Phone,      // a Japanese phone number, 10 or 11 digits starting with 0
    MyNumber,   // 12 digits whose last is the check digit
    Count,      // a whole number, 0 to 99
    Choice,     // one of the listed options (picked, not typed)
    YesNo,      // "yes" or "no" (picked, not typed)
    Number,     // a whole number, e.g. yen
};

QString fieldKindName(FieldKind kind);
bool parseFieldKind(const QString& name, FieldKind* kind);

} // namespace madoguchi::visit
