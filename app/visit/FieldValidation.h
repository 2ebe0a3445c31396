// Checking one typed form value: accepted in a canonical form, or refused with the reason a clerk can act on.
#pragma once

#include "FieldKind.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace madoguchi::visit {

struct FieldCheck {
    bool ok = false;
    QString value;  // canonical form when ok (dates ISO 8601, postal codes and phone numbers with hyphens)
    QString reason; // translated, shown next to the field when not ok

    static FieldCheck accept(QString value) { return {true, std::move(value), {}}; }
    static FieldCheck refuse(QString reason) { return {false, {}, std::move(reason)}; }
};

// `today` is passed in so the check never reads the wall clock (birth dates "not in the future").
// `options` is only used for FieldKind::Choice. An empty value is accepted here; required-ness is the form's concern.
FieldCheck checkField(FieldKind kind, const QString& typed, const QDate& today, const QStringList& options = {});

// Full-width digits and letters to ASCII, ideographic spaces to plain ones, trimmed: what clerks' IMEs produce.
QString normaliseTyped(const QString& typed);

// A date as typed: ISO, slashes, 8 digits, or a Japanese era (令和7年4月1日, R7.4.1, 平成31年4月30日).
QDate parseTypedDate(const QString& typed, QString* reason);

// The My Number's check digit (番号法施行令 第8条) of the first 11 digits.
int myNumberCheckDigit(const QString& first11);

} // namespace madoguchi::visit
