// Checking one typed form value: accepted in a canonical form, or refused with the reason a clerk can act on.
#include "FieldValidation.h"

#include "JapaneseDate.h"
#include "MyNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace madoguchi::visit {
namespace {

// Gives lupdate and the translator the same context.
class FieldText {
    Q_DECLARE_TR_FUNCTIONS(FieldValidation)
};

QDate dateOrReason(int year, int month, int day, QString* reason) {
    if (month < 1 || month > 12) {
        *reason = FieldText::tr("There is no month %1.").arg(month);
        return {};
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        *reason = FieldText::tr("There is no day %1 in %2/%3.").arg(day).arg(year).arg(month);
        return {};
    }
    return date;
}

// The era as written: 令和, 令 (one kanji), R (any case), or the square signs ㋿ ㍻ ㍼ ㍽ ㍾.
const print::Era* eraNamed(const QString& text) {
    static const QString squares = QStringLiteral("㋿㍻㍼㍽㍾"); // in the order of the table, newest first
    const QList<print::Era>& eras = print::JapaneseDate::eras();
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const print::Era& era = eras.at(i);
        if (text == era.name || text == era.name.left(1) ||
            text.compare(QString(era.letter), Qt::CaseInsensitive) == 0 ||
            (text.size() == 1 && squares.indexOf(text.at(0)) == i))
            return &era;
    }
    return nullptr;
}

QDate parseEraDate(const QString& text, QString* reason) {
    // 令和7年4月1日, 令和元年5月1日, 令7年4月1日, R7.4.1, R元.5.1, R7/4/1, r07-04-01, ㍼60.9.12, 昭和 60年 9月 12日
    static const QRegularExpression kanji(
        QStringLiteral("^([^\\d\\s]{1,2}?)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    static const QRegularExpression separated(
        QStringLiteral("^([^\\d\\s]{1,2}?)\\s*(元|\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{1,2})$"));
    QRegularExpressionMatch m = kanji.match(text);
    if (!m.hasMatch())
        m = separated.match(text);
    if (!m.hasMatch())
        return {};
    const print::Era* era = eraNamed(m.captured(1));
    if (!era) {
        *reason = FieldText::tr("Unknown era \"%1\"; use 明治, 大正, 昭和, 平成 or 令和.").arg(m.captured(1));
        return {};
    }
    const int eraYear = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
    if (eraYear < 1) {
        *reason = FieldText::tr("An era year starts at 1 (元年).");
        return {};
    }
    const QDate date =
        dateOrReason(era->start.year() + eraYear - 1, m.captured(3).toInt(), m.captured(4).toInt(), reason);
    if (!date.isValid())
        return {};
    const QList<print::Era>& eras = print::JapaneseDate::eras();
    const qsizetype index = era - eras.constData();
    const QDate end = index == 0 ? QDate() : eras.at(index - 1).start;
    if (date < era->start || (end.isValid() && date >= end)) {
        *reason =
            FieldText::tr("%1 is not within the %2 era (%3 to %4).")
                .arg(text, era->name, print::JapaneseDate::formatForScreen(era->start),
                     end.isValid() ? print::JapaneseDate::formatForScreen(end.addDays(-1)) : FieldText::tr("today"));
        return {};
    }
    return date;
}

bool isKatakana(QChar c) {
    return (c.unicode() >= 0x30A1 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC || c.unicode() == 0x30FB ||
           c.unicode() == 0x3000 || c == QLatin1Char(' ');
}

FieldCheck checkKana(const QString& typed) {
    QString kana;
    for (QChar c : typed) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(c.unicode() + 0x60); // hiragana → katakana: clerks may type either
        if (c.unicode() >= 0xFF61 && c.unicode() <= 0xFF9F)
            return FieldCheck::refuse(FieldText::tr("Use full-width katakana, not half-width (ｶﾅ)."));
        if (!isKatakana(c))
            return FieldCheck::refuse(FieldText::tr("Only katakana here: \"%1\" is not kana.").arg(c));
        kana.append(c == QLatin1Char(' ') ? QChar(0x3000) : c);
    }
    return FieldCheck::accept(kana);
}

QString digitsOnly(const QString& text, const QString& allowedSeparators, bool* ok) {
    QString digits;
    *ok = true;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!allowedSeparators.contains(c))
            *ok = false;
    }
    return digits;
}

FieldCheck checkPostalCode(const QString& typed) {
    bool ok = false;
    const QString digits = digitsOnly(typed, QStringLiteral("-〒 "), &ok);
    if (!ok || digits.size() != 7)
        return FieldCheck::refuse(FieldText::tr("A postal code has 7 digits, e.g. 180-0001."));
    return FieldCheck::accept(digits.left(3) + QLatin1Char('-') + digits.mid(3));
}

FieldCheck checkPhone(const QString& typed) {
    bool ok = false;
    const QString digits = digitsOnly(typed, QStringLiteral("-() "), &ok);
    if (!ok)
        return FieldCheck::refuse(FieldText::tr("Only digits and hyphens in a phone number."));
    if (!digits.startsWith(QLatin1Char('0')))
        return FieldCheck::refuse(FieldText::tr("A phone number starts with 0 (include the area code)."));
    const bool mobile = digits.startsWith(QStringLiteral("070")) || digits.startsWith(QStringLiteral("080")) ||
                        digits.startsWith(QStringLiteral("090")) || digits.startsWith(QStringLiteral("050"));
    if (mobile && digits.size() != 11)
        return FieldCheck::refuse(FieldText::tr("A mobile or IP phone number has 11 digits, e.g. 090-1234-5678."));
    if (!mobile && digits.size() != 10)
        return FieldCheck::refuse(FieldText::tr("A landline number has 10 digits, e.g. 0422-60-1800."));
    if (mobile)
        return FieldCheck::accept(digits.left(3) + QLatin1Char('-') + digits.mid(3, 4) + QLatin1Char('-') +
                                  digits.mid(7));
    // Landline area codes vary in length; keep the digits the clerk typed, hyphenated only if they hyphenated.
    return FieldCheck::accept(typed.contains(QLatin1Char('-')) ? typed : digits);
}

FieldCheck checkMyNumber(const QString& typed) {
    bool ok = false;
    const QString digits = digitsOnly(typed, QStringLiteral("- "), &ok);
    if (!ok || digits.size() != 12)
        return FieldCheck::refuse(FieldText::tr("A My Number has 12 digits."));
    if (myNumberCheckDigit(digits.left(11)) != digits.at(11).digitValue())
        return FieldCheck::refuse(FieldText::tr("The check digit does not match: please compare with the card again."));
    return FieldCheck::accept(digits);
}

} // namespace

QString normaliseTyped(const QString& typed) {
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(u - 0xFEE0); // full-width ASCII → ASCII
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u == 0x2010 || u == 0x2212 || u == 0x30FC || u == 0xFF0D)
            c = QLatin1Char('-'); // hyphen look-alikes typed in numbers; kana keeps ー (checked before normalising)
        out.append(c);
    }
    return out.trimmed();
}

QDate parseTypedDate(const QString& typed, QString* reason) {
    const QString text = normaliseTyped(typed);
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression western(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return dateOrReason(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), reason);
    if (const auto m = western.match(text); m.hasMatch())
        return dateOrReason(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), reason);
    if (const auto m = compact.match(text); m.hasMatch())
        return dateOrReason(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), reason);
    reason->clear();
    const QDate era = parseEraDate(text, reason);
    if (era.isValid() || !reason->isEmpty())
        return era;
    *reason = FieldText::tr("Type the date as 2025-04-01 or 令和7年4月1日.");
    return {};
}

int myNumberCheckDigit(const QString& first11) {
    return card::MyNumber::checkDigit(first11.toLatin1());
}

FieldCheck checkField(FieldKind kind, const QString& typed, const QDate& today, const QStringList& options) {
    if (kind == FieldKind::Kana) {
        const QString trimmed = typed.trimmed();
        return trimmed.isEmpty() ? FieldCheck::accept({}) : checkKana(trimmed);
    }
    const QString text = normaliseTyped(typed);
    if (text.isEmpty())
        return FieldCheck::accept({});
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Kana:
        return FieldCheck::accept(typed.trimmed());
    case FieldKind::Date:
    case FieldKind::BirthDate: {
        QString reason;
        const QDate date = parseTypedDate(text, &reason);
        if (!date.isValid())
            return FieldCheck::refuse(reason);
        if (kind == FieldKind::BirthDate && date > today)
            return FieldCheck::refuse(FieldText::tr("A birth date cannot be in the future."));
        if (kind == FieldKind::BirthDate && date.year() < 1868)
            return FieldCheck::refuse(FieldText::tr("A birth date before 1868 cannot be right."));
        return FieldCheck::accept(date.toString(Qt::ISODate));
    }
    case FieldKind::PostalCode:
        return checkPostalCode(text);
    case FieldKind::Phone:
        return checkPhone(text);
    case FieldKind::MyNumber:
        return checkMyNumber(text);
    case FieldKind::Count: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0 || n > 99)
            return FieldCheck::refuse(FieldText::tr("Type a whole number from 0 to 99."));
        return FieldCheck::accept(QString::number(n));
    }
    case FieldKind::YesNo:
        if (typed.trimmed() != QLatin1String("yes") && typed.trimmed() != QLatin1String("no"))
            return FieldCheck::refuse(FieldText::tr("Choose yes or no."));
        return FieldCheck::accept(typed.trimmed());
    case FieldKind::Number: {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (!ok || n < 0)
            return FieldCheck::refuse(FieldText::tr("Type a whole number of 0 or more, digits only."));
        return FieldCheck::accept(QString::number(n));
    }
    case FieldKind::Choice:
        if (!options.contains(typed.trimmed()))
            return FieldCheck::refuse(FieldText::tr("Choose one of: %1.").arg(options.join(QStringLiteral(", "))));
        return FieldCheck::accept(typed.trimmed());
    }
    return FieldCheck::refuse(FieldText::tr("Unknown kind of field."));
}

} // namespace madoguchi::visit
