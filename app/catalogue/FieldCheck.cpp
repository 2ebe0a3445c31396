// Per-type checks of answers against the catalogue's field definitions; messages never echo the value.
#include "FieldCheck.h"

#include "MyNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace madoguchi::catalogue {
namespace {

std::optional<FieldProblem> problem(const char* message, const QString& detail) {
    return FieldProblem{QCoreApplication::translate("FieldCheck", message), detail};
}

bool matches(const char16_t* pattern, const QString& value) {
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf16(pattern))).match(value).hasMatch();
}

bool isKatakana(const QString& value) {
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x30A1 && u <= 0x30FA) || (u >= 0x30FB && u <= 0x30FE) || u == 0x3000;
    });
}

} // namespace

bool isValidMyNumber(const QString& digits) {
    return card::MyNumber::hasValidCheckDigit(digits.toLatin1());
}

std::optional<FieldProblem> checkFieldValue(const ProcedureField& field, const QString& raw) {
    const QString value = raw.trimmed();
    if (value.isEmpty()) {
        if (field.required && field.type != FieldType::MemberList)
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "This item is required."), u"%1: empty"_s.arg(field.id));
        return std::nullopt;
    }
    const FieldValidation& v = field.validation;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Address:
    case FieldType::Kana:
    case FieldType::Phone:
        if (field.type == FieldType::Kana && !isKatakana(value))
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "Enter this in full-width katakana."),
                           u"%1: not katakana"_s.arg(field.id));
        if (field.type == FieldType::Phone && !matches(u"0[0-9]{1,4}-?[0-9]{1,4}-?[0-9]{3,4}", value))
            return problem(
                QT_TRANSLATE_NOOP("FieldCheck", "Enter a phone number in half-width digits, for example 0422-60-1800."),
                u"%1: not a phone number"_s.arg(field.id));
        if (v.maxLength > 0 && value.toUcs4().size() > v.maxLength)
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "This item is too long."),
                           u"%1: longer than %2"_s.arg(field.id).arg(v.maxLength));
        if (!v.pattern.isEmpty() &&
            !QRegularExpression(QRegularExpression::anchoredPattern(v.pattern)).match(value).hasMatch())
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "This item is not in the expected form."),
                           u"%1: does not match the pattern"_s.arg(field.id));
        return std::nullopt;
    case FieldType::Date:
        if (!matches(u"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) || !QDate::fromString(value, Qt::ISODate).isValid())
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "Enter a valid date."), u"%1: not a date"_s.arg(field.id));
        return std::nullopt;
    case FieldType::Number:
    case FieldType::Yen: {
        if (!matches(u"[0-9]{1,15}", value))
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "Enter a whole number in half-width digits."),
                           u"%1: not a number"_s.arg(field.id));
        const qint64 n = value.toLongLong();
        const QString detail = u"%1: out of range"_s.arg(field.id);
        if (v.min && v.max && (n < *v.min || n > *v.max)) {
            return FieldProblem{
                QCoreApplication::translate("FieldCheck", "Enter a number from %1 to %2.").arg(*v.min).arg(*v.max),
                detail};
        }
        if (v.min && n < *v.min)
            return FieldProblem{QCoreApplication::translate("FieldCheck", "Enter %1 or more.").arg(*v.min), detail};
        if (v.max && n > *v.max)
            return FieldProblem{QCoreApplication::translate("FieldCheck", "Enter %1 or less.").arg(*v.max), detail};
        return std::nullopt;
    }
    case FieldType::Choice:
        if (std::none_of(v.choices.cbegin(), v.choices.cend(), [&](const Choice& c) { return c.value == value; }))
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "Choose one of the options."),
                           u"%1: not one of the choices"_s.arg(field.id));
        return std::nullopt;
    case FieldType::Bool:
        if (value != u"true"_s && value != u"false"_s)
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "Answer yes or no."), u"%1: not true/false"_s.arg(field.id));
        return std::nullopt;
    case FieldType::PostalCode:
        if (!matches(u"[0-9]{3}-?[0-9]{4}", value))
            return problem(
                QT_TRANSLATE_NOOP("FieldCheck", "Enter the postal code as 7 half-width digits, for example 180-0001."),
                u"%1: not a postal code"_s.arg(field.id));
        return std::nullopt;
    case FieldType::MyNumber:
        if (!isValidMyNumber(value))
            return problem(QT_TRANSLATE_NOOP("FieldCheck", "The My Number is not valid. Check the 12 digits."),
                           u"%1: not 12 digits or wrong check digit"_s.arg(field.id));
        return std::nullopt;
    case FieldType::MemberList:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace madoguchi::catalogue
