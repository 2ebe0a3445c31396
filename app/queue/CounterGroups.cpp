// The office's counter groups for reception tickets, read once from resources/queue/groups.json.
#include "CounterGroups.h"

#include "CoreLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace madoguchi::queue {

namespace {
QList<CounterGroup> load() {
    QList<CounterGroup> groups;
    QFile file(QStringLiteral(":/madoguchi/queue/groups.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << "queue: cannot read the counter groups (queue/groups.json):" << file.errorString();
        return groups;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull()) {
        qCWarning(lcCore) << "queue: counter groups are not JSON:" << error.errorString();
        return groups;
    }
    for (const QJsonValue& value : doc.object().value(QStringLiteral("groups")).toArray()) {
        const QJsonObject o = value.toObject();
        CounterGroup group;
        group.id = o.value(QStringLiteral("id")).toString();
        group.prefix = o.value(QStringLiteral("prefix")).toString();
        group.name = visit::LocalText::fromJson(o.value(QStringLiteral("name")).toObject());
        for (const QJsonValue& category : o.value(QStringLiteral("categories")).toArray())
            group.categories.append(category.toString());
        group.defaultServiceMinutes = o.value(QStringLiteral("default_service_minutes")).toInt(10);
        if (group.id.isEmpty() || group.prefix.isEmpty() || group.name.in(QStringLiteral("ja")).isEmpty()) {
            qCWarning(lcCore) << "queue: a counter group without id, prefix or Japanese name is left out";
            continue;
        }
        groups.append(group);
    }
    return groups;
}
} // namespace

const QList<CounterGroup>& counterGroups() {
    static const QList<CounterGroup> groups = load();
    return groups;
}

const CounterGroup* findGroup(const QString& id) {
    for (const CounterGroup& group : counterGroups()) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

const CounterGroup* groupForCategory(const QString& category) {
    for (const CounterGroup& group : counterGroups()) {
        if (group.categories.contains(category))
            return &group;
    }
    return nullptr;
}

} // namespace madoguchi::queue
