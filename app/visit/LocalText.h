// Text that municipal staff keep as data in several languages (procedure names, questions), picked per screen.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace madoguchi::visit {

// {"ja": "住民票の写し", "en": "Certificate of residence"}: a language missing from the data falls back to Japanese,
// the language every catalogue entry must have, so a newly added resident language never shows an empty label.
struct LocalText {
    QMap<QString, QString> byLanguage;

    static LocalText of(const QString& ja, const QString& en = {}) {
        LocalText text;
        text.byLanguage.insert(QStringLiteral("ja"), ja);
        if (!en.isEmpty())
            text.byLanguage.insert(QStringLiteral("en"), en);
        return text;
    }
    static LocalText fromJson(const QJsonObject& object) {
        LocalText text;
        for (auto it = object.begin(); it != object.end(); ++it)
            text.byLanguage.insert(it.key(), it.value().toString());
        return text;
    }
    QString in(const QString& language) const {
        const QString text = byLanguage.value(language);
        return text.isEmpty() ? byLanguage.value(QStringLiteral("ja")) : text;
    }
    bool isEmpty() const { return byLanguage.isEmpty(); }

    friend bool operator==(const LocalText&, const LocalText&) = default;
};

} // namespace madoguchi::visit
