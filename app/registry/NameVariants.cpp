// Loading and applying the kanji variant table; a malformed table is refused whole.
#include "NameVariants.h"

#include "CoreLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace madoguchi::registry {
namespace {

// One code point, which may be a surrogate pair (𠮷); anything else is refused.
bool singleCodePoint(const QString& text, char32_t* out) {
    const QList<uint> ucs4 = text.toUcs4();
    if (ucs4.size() != 1)
        return false;
    *out = ucs4.first();
    return true;
}

} // namespace

bool NameVariants::fromJson(const QByteArray& json, NameVariants* out, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = u"name variants: not a JSON object (%1 at offset %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toInt() != 1) {
        *error = u"name variants: unsupported \"format\" (expected 1)"_s;
        return false;
    }
    NameVariants table;
    const QJsonArray entries = root.value(u"variants"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        char32_t common = 0;
        if (!singleCodePoint(entry.value(u"common"_s).toString(), &common)) {
            *error = u"name variants: entry %1: \"common\" must be one character"_s.arg(i + 1);
            return false;
        }
        const QJsonArray variants = entry.value(u"variants"_s).toArray();
        if (variants.isEmpty()) {
            *error = u"name variants: entry %1: \"variants\" must be a non-empty list"_s.arg(i + 1);
            return false;
        }
        for (const QJsonValue& v : variants) {
            char32_t variant = 0;
            if (!singleCodePoint(v.toString(), &variant) || variant == common) {
                *error =
                    u"name variants: entry %1: each variant must be one character other than the common form"_s.arg(i +
                                                                                                                    1);
                return false;
            }
            if (table.m_common.contains(variant)) {
                *error = u"name variants: entry %1: variant U+%2 is listed twice"_s.arg(i + 1).arg(uint(variant), 4, 16,
                                                                                                   QChar(u'0'));
                return false;
            }
            table.m_common.insert(variant, common);
        }
    }
    *out = std::move(table);
    return true;
}

const NameVariants& NameVariants::shipped() {
    static const NameVariants table = [] {
        NameVariants loaded;
        QFile file(u":/madoguchi/registry/name-variants.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcCore) << "name variants: cannot open the embedded table:" << file.errorString();
        else if (!fromJson(file.readAll(), &loaded, &error))
            qCWarning(lcCore) << error;
        return loaded;
    }();
    return table;
}

QString NameVariants::fold(const QString& text) const {
    if (m_common.isEmpty())
        return text;
    QList<uint> ucs4 = text.toUcs4();
    for (uint& c : ucs4)
        c = m_common.value(c, c);
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), ucs4.size());
}

} // namespace madoguchi::registry
