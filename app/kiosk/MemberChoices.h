// What the lobby kiosk offers for each family member moving with the resident: the sexes and relationships (続柄),
// read once from resources/kiosk/members.json (data, not code: a municipality changes the file, not the program).
#pragma once

#include "visit/LocalText.h"

#include <QList>
#include <QString>

namespace madoguchi::kiosk {

struct MemberChoice {
    QString value;          // what the form records: the registry's sex code, or the 続柄 as the counter types it
    visit::LocalText label; // what the resident sees (a catalogue text, ResidentCatalogue)
};

struct MemberChoices {
    QList<MemberChoice> sexes;
    QList<MemberChoice> relationships;
};

// The embedded :/madoguchi/kiosk/members.json, parsed once. A choice without a value or a Japanese label is left out
// (and logged); a missing or broken file gives empty lists (logged), and the kiosk then offers no buttons for them.
const MemberChoices& memberChoices();

// Parses a members file (tests, and the loader above); `error` says what is wrong with the whole file.
MemberChoices parseMemberChoices(const QByteArray& json, QString* error = nullptr);

} // namespace madoguchi::kiosk
