// The kiosk's choices for a family member's sex and relationship, from resources/kiosk/members.json.
#include "MemberChoices.h"

#include "CoreLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::kiosk {

namespace {
QList<MemberChoice> choicesOf(const QJsonArray& array, const char* list) {
    QList<MemberChoice> choices;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        MemberChoice choice{o.value(QStringLiteral("value")).toString(),
                            visit::LocalText::fromJson(o.value(QStringLiteral("label")).toObject())};
        if (choice.value.isEmpty() || choice.label.in(QStringLiteral("ja")).isEmpty()) {
            qCWarning(lcCore) << "kiosk/members.json: a" << list
                              << "choice without value or Japanese label is left out";
            continue;
        }
        choices.append(choice);
    }
    return choices;
}
} // namespace

MemberChoices parseMemberChoices(const QByteArray& json, QString* error) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        if (error)
            *error = doc.isNull() ? parse.errorString() : QStringLiteral("not a JSON object");
        return {};
    }
    const QJsonObject root = doc.object();
    return {choicesOf(root.value(QStringLiteral("sex")).toArray(), "sex"),
            choicesOf(root.value(QStringLiteral("relationship")).toArray(), "relationship")};
}

const MemberChoices& memberChoices() {
    static const MemberChoices choices = [] {
        QFile file(QStringLiteral(":/madoguchi/kiosk/members.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCore) << "kiosk: cannot read the member choices (kiosk/members.json):" << file.errorString();
            return MemberChoices{};
        }
        QString error;
        MemberChoices parsed = parseMemberChoices(file.readAll(), &error);
        if (!error.isEmpty())
            qCWarning(lcCore).noquote() << "kiosk: kiosk/members.json is not usable:" << error;
        return parsed;
    }();
    return choices;
}

} // namespace madoguchi::kiosk
