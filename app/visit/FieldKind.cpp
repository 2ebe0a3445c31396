// Names of field kinds as they appear in catalogue data.
#include "FieldKind.h"

#include <array>
#include <utility>

namespace madoguchi::visit {
namespace {

constexpr std::array<std::pair<FieldKind, const char*>, 11> kNames{{
    {FieldKind::Text, "text"},
    {FieldKind::Kana, "kana"},
    {FieldKind::Date, "date"},
    {FieldKind::BirthDate, "birth_date"},
    {FieldKind::PostalCode, "postal_code"},
    {FieldKind::Phone, "phone"},
    {FieldKind::MyNumber, "my_number"},
    {FieldKind::Count, "count"},
    {FieldKind::Choice, "choice"},
    {FieldKind::YesNo, "yes_no"},
    {FieldKind::Number, "number"},
}};

} // namespace

QString fieldKindName(FieldKind kind) {
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QStringLiteral("text");
}

bool parseFieldKind(const QString& name, FieldKind* kind) {
    for (const auto& [k, text] : kNames) {
        if (name == QLatin1String(text)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace madoguchi::visit
