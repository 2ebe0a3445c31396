// The office's counter groups (窓口の受付区分) for reception tickets, kept as data: resources/queue/groups.json.
#pragma once

#include "visit/LocalText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::queue {

struct CounterGroup {
    QString id;                     // stable: it is stored in every ticket's rows
    QString prefix;                 // the ticket number's letter: "A" → A-012
    visit::LocalText name;          // 証明書 / Certificates
    QStringList categories;         // catalogue categories served here (the kiosk's tiles)
    int defaultServiceMinutes = 10; // assumed before any ticket of the group has been served
};

// The groups in the data's order; empty (and logged) when the data cannot be read.
const QList<CounterGroup>& counterGroups();
// The group with this id, or nullptr.
const CounterGroup* findGroup(const QString& id);
// The group serving a catalogue category, or nullptr.
const CounterGroup* groupForCategory(const QString& category);

} // namespace madoguchi::queue
