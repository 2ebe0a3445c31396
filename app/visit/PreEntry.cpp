// The kiosk's pre-entry as JSON (sealed at rest) and its wiping.
#include "PreEntry.h"

#include "CardSecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::visit {

namespace {
QJsonObject mapJson(const QMap<QString, QString>& map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFrom(const QJsonObject& o) {
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList listFrom(const QJsonArray& a) {
    QStringList list;
    for (const QJsonValue& v : a)
        list.append(v.toString());
    return list;
}

void wipeList(QStringList& list) {
    for (QString& s : list)
        card::secureWipe(s);
    list.clear();
}

void wipeMap(QMap<QString, QString>& map) {
    for (auto it = map.begin(); it != map.end(); ++it)
        card::secureWipe(it.value());
    map.clear();
}
} // namespace

QByteArray PreEntry::toJson() const {
    QJsonArray people;
    for (const Member& m : members)
        people.append(QJsonObject{{QStringLiteral("name"), m.name},
                                  {QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate)},
                                  {QStringLiteral("sex"), m.sex},
                                  {QStringLiteral("relationship"), m.relationship}});
    QJsonObject decisions;
    for (auto it = followUps.begin(); it != followUps.end(); ++it)
        decisions.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("life_events"), QJsonArray::fromStringList(lifeEventIds)},
                  {QStringLiteral("procedures"), QJsonArray::fromStringList(procedures)},
                  {QStringLiteral("answers"), mapJson(answers)},
                  {QStringLiteral("follow_ups"), decisions},
                  {QStringLiteral("fields"), mapJson(fields)},
                  {QStringLiteral("members"), people}};
    if (!face.isEmpty())
        o.insert(QStringLiteral("card"),
                 QJsonObject{{QStringLiteral("name"), face.name},
                             {QStringLiteral("address"), face.address},
                             {QStringLiteral("birth_date"), face.birthDate.toString(Qt::ISODate)},
                             {QStringLiteral("sex"), face.sex}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PreEntry> PreEntry::fromJson(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toInt() != 1)
        return std::nullopt;
    const QJsonObject o = doc.object();
    PreEntry p;
    p.language = o.value(QStringLiteral("language")).toString(QStringLiteral("ja"));
    p.lifeEventIds = listFrom(o.value(QStringLiteral("life_events")).toArray());
    p.procedures = listFrom(o.value(QStringLiteral("procedures")).toArray());
    p.answers = mapFrom(o.value(QStringLiteral("answers")).toObject());
    p.fields = mapFrom(o.value(QStringLiteral("fields")).toObject());
    const QJsonObject followUps = o.value(QStringLiteral("follow_ups")).toObject();
    for (auto it = followUps.begin(); it != followUps.end(); ++it)
        p.followUps.insert(it.key(), it.value().toBool());
    for (const QJsonValue& v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        Member member;
        member.name = m.value(QStringLiteral("name")).toString();
        member.birthDate = QDate::fromString(m.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        member.sex = m.value(QStringLiteral("sex")).toString();
        member.relationship = m.value(QStringLiteral("relationship")).toString();
        member.source = FieldSource::Typed;
        p.members.append(member);
    }
    const QJsonObject card = o.value(QStringLiteral("card")).toObject();
    p.face.name = card.value(QStringLiteral("name")).toString();
    p.face.address = card.value(QStringLiteral("address")).toString();
    p.face.birthDate = QDate::fromString(card.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    p.face.sex = card.value(QStringLiteral("sex")).toString();
    return p;
}

void PreEntry::wipe() {
    wipeList(lifeEventIds);
    wipeList(procedures);
    wipeMap(answers);
    wipeMap(fields);
    followUps.clear();
    for (Member& m : members) {
        card::secureWipe(m.name);
        card::secureWipe(m.relationship);
        card::secureWipe(m.sex);
    }
    members.clear();
    card::secureWipe(face.name);
    card::secureWipe(face.address);
    card::secureWipe(face.sex);
    face = {};
    language = QStringLiteral("ja");
}

} // namespace madoguchi::visit
