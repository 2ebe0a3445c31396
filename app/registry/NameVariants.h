// The kanji variant table (異体字, resources/registry/name-variants.json) used to compare names and addresses.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace madoguchi::registry {

class NameVariants final {
public:
    NameVariants() = default;

    // Parses the JSON table; on failure returns false and sets *error to a technical description.
    static bool fromJson(const QByteArray& json, NameVariants* out, QString* error);
    // The table shipped with Madoguchi (embedded resource); empty when it cannot be read (logged).
    static const NameVariants& shipped();

    // Replaces every variant by its common form (髙 → 高, 𠮷 → 吉); other characters are kept.
    QString fold(const QString& text) const;
    qsizetype size() const { return m_common.size(); }

private:
    QHash<char32_t, char32_t> m_common; // variant code point → common code point
};

} // namespace madoguchi::registry
