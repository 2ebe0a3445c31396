// How a data value becomes the text on paper: {birth_date:wareki} → 昭和５５年１月１日, {fee:yen} → 300円.
#include "FieldFormat.h"

#include "JapaneseDate.h"
#include "JapaneseNumerals.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace madoguchi::print {

QList<Placeholder> FieldFormat::find(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]*)(?::([a-z_]+))?\\}"));
    QList<Placeholder> result;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.append({m.capturedStart(), m.capturedLength(), m.captured(1), m.captured(2)});
    }
    return result;
}

const QStringList& FieldFormat::formats() {
    static const QStringList list = {
        QStringLiteral("wareki"),  QStringLiteral("wareki_half"), QStringLiteral("wareki_kanji"),
        QStringLiteral("seireki"), QStringLiteral("zen"),         QStringLiteral("kanji"),
        QStringLiteral("yen"),     QStringLiteral("yen_zen"),     QStringLiteral("check"),
        QStringLiteral("plain"),   QStringLiteral("time"),
    };
    return list;
}

bool FieldFormat::isReserved(const QString& field) {
    return field == QLatin1String("serial") || field == QLatin1String("verification") ||
           field == QLatin1String("page") || field == QLatin1String("pages");
}

QString FieldFormat::apply(const QJsonValue& value, const QString& format) {
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool()) {
        if (format == QLatin1String("check"))
            return value.toBool() ? QStringLiteral("■") : QStringLiteral("□");
        return value.toBool() ? QStringLiteral("○") : QString();
    }
    if (value.isDouble()) {
        // Data is validated before it is formatted; still, never convert a double beyond qint64 (undefined).
        const double d = value.toDouble();
        const auto n = std::isnan(d) ? qint64(0) : static_cast<qint64>(std::clamp(d, -9.0e15, 9.0e15));
        if (format == QLatin1String("kanji"))
            return JapaneseNumerals::toKanji(n);
        if (format == QLatin1String("yen"))
            return JapaneseNumerals::grouped(n) + QStringLiteral("円");
        if (format == QLatin1String("yen_zen"))
            return JapaneseNumerals::toFullWidth(JapaneseNumerals::grouped(n)) + QStringLiteral("円");
        if (format == QLatin1String("zen"))
            return JapaneseNumerals::toFullWidth(QString::number(n));
        return QString::number(n);
    }
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    const bool isDate = text.size() == 10 && date.isValid();
    if (format == QLatin1String("time")) {
        // "2026-11-21T09:05:00" → "9時05分"
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        return when.isValid() ? QStringLiteral("%1時%2分")
                                    .arg(when.time().hour())
                                    .arg(when.time().minute(), 2, 10, QLatin1Char('0'))
                              : text;
    }
    if (isDate) {
        if (format.isEmpty() || format == QLatin1String("wareki"))
            return JapaneseDate::format(date, DigitStyle::FullWidth);
        if (format == QLatin1String("wareki_half"))
            return JapaneseDate::format(date, DigitStyle::HalfWidth);
        if (format == QLatin1String("wareki_kanji"))
            return JapaneseDate::format(date, DigitStyle::Kanji);
        if (format == QLatin1String("seireki"))
            return JapaneseDate::formatGregorian(date, DigitStyle::FullWidth);
    }
    if (format == QLatin1String("zen"))
        return JapaneseNumerals::toFullWidth(text);
    return text;
}

} // namespace madoguchi::print
