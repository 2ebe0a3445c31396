// Everything one counter visit knows about its resident, as one value: dropping the visit is `draft = {}`.
#pragma once

#include "PreEntry.h"
#include "VisitPorts.h"

#include <QDateTime>

namespace madoguchi::visit {

// Everything a visit knows about its resident and what they came for, in one value. The workflow holds exactly one
// and nothing else of the resident: dropping the visit (end, cancel, inactivity) is `draft = {}`, so a field added
// here can never be forgotten by the code that forgets.
struct VisitDraft {
    QString receptionNumber;
    QString language = QStringLiteral("ja");
    QString notice; // the last message for the clerk
    // What the resident entered at the kiosk for this ticket: applied once the visit reaches the choice.
    std::optional<PreEntry> preEntry;
    bool preEntryApplied = false;

    // 1. identify
    int triesLeft = -1;
    bool lastTryConfirmed = false;      // the PIN's last try
    bool codeBLastTryConfirmed = false; // 照合番号B's last try (its own counter on the card)
    bool readMyNumber = false;
    IdentitySource source = IdentitySource::None;
    CardFace face;
    CardCheck cardCheck;   // the card's authenticity as checked in this visit
    card::FacePhoto photo; // the chip's face photo, for the clerk only
    IdDocumentCheck idCheck;

    // 2. match
    QList<RegistryCandidate> candidates;
    bool registryReachable = true;
    int chosen = -1;
    bool newResident = false;
    RegistryPerson person;
    QList<RegistryPerson> household;

    // 3. choose
    QStringList lifeEventIds;     // several life events may be served in one visit, in the order chosen
    QStringList directProcedures; // stand-alone procedures of any category, held together with the life events
    QMap<QString, QString> answers;
    QList<FollowUp> followUps;
    QList<Member> members;

    // 4. forms
    QList<FormDraft> forms;
    QMap<QString, QString> typed;      // "procedure/key" → as typed, kept when going back
    QMap<QString, QString> typedByKey; // field id → canonical value typed in any form
    QMap<QString, QString> persons;    // role ("deceased", "spouse") → resident id of the household member chosen

    // 5. documents, fees, payment
    QList<DocumentCheck> documents;
    QMap<QString, bool> documentsChecked; // "procedure/text" → checked, kept when going back
    bool documentsWarned = false;
    QMap<QString, int> copies; // procedure → copies, kept when going back
    QString paymentMethod;
    QString paymentReference; // cashless: the reader's or acquirer's reference (IC, QR, credit); optional

    // 6. review, 7. issue
    bool residentConfirmed = false;
    QString visitId;
    QList<IssuedPdf> issued;
    bool myNumberRevealed = false;
    QList<QByteArray> preview; // the printouts as they will come out, for the resident's review (never stored)

    // The interpreter (通訳) brought in through the city's service: in which language, the call running since, and
    // the seconds of the calls already ended.
    QString interpreterLanguage;
    QDateTime interpreterSince;
    qint64 interpreterSeconds = 0;

    bool fromCard() const { return source == IdentitySource::CardPin || source == IdentitySource::CardCodeB; }
};

} // namespace madoguchi::visit
