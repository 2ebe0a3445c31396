// What a resident entered at the lobby kiosk (事前入力) before their ticket is called: the counter's visit starts from
// it.
#pragma once

#include "VisitData.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::visit {

// One resident's pre-entry as one value, attached to their reception ticket. It carries only what the kiosk asked
// (the life events and certificates chosen, the follow-up answers, the fields the city cannot know) and, when the
// resident identified with their card, its basic four items (基本4情報) — never the My Number, which the kiosk
// never reads. Sealed at rest (kiosk/PreEntryStore), loaded into the counter's visit draft when the ticket is called.
struct PreEntry {
    QString language = QStringLiteral("ja");
    QStringList lifeEventIds;       // in the order chosen
    QStringList procedures;         // stand-alone procedures (certificates …)
    QMap<QString, QString> answers; // question id → "yes" / "no" / a count / a date
    QMap<QString, bool> followUps;  // proposed procedure id → accepted
    QMap<QString, QString> fields;  // form field key → value as typed (move-in date, new address, フリガナ …)
    QList<Member> members;          // family members moving with the resident, typed at the kiosk
    CardFace face;                  // basic four from the card (PIN), or empty; myNumber is never set

    bool isEmpty() const {
        return lifeEventIds.isEmpty() && procedures.isEmpty() && answers.isEmpty() && fields.isEmpty() &&
               members.isEmpty() && face.isEmpty();
    }
    // Compact JSON (the sealed form's plain text); fromJson gives no value for bytes that are not a pre-entry.
    QByteArray toJson() const;
    static std::optional<PreEntry> fromJson(const QByteArray& json);
    // Zeroes every text it holds (card::secureWipe) and empties it: the kiosk's "nothing stays behind".
    void wipe();

    friend bool operator==(const PreEntry&, const PreEntry&) = default;
};

} // namespace madoguchi::visit
