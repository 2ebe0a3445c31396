// How a data value becomes the text on paper: {birth_date:wareki} → 昭和５５年１月１日, {fee:yen} → 300円.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::print {

// One {field} or {field:format} in a template's text.
struct Placeholder {
    qsizetype start = 0;
    qsizetype length = 0;
    QString field;
    QString format; // empty = the type's default
};

class FieldFormat {
public:
    static QList<Placeholder> find(const QString& text);
    static const QStringList& formats();
    // Names the document itself provides rather than the data.
    static bool isReserved(const QString& field);

    // The text for `value` in `format`. Dates are "YYYY-MM-DD" strings (already validated).
    static QString apply(const QJsonValue& value, const QString& format);
};

} // namespace madoguchi::print
