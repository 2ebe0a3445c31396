// One resident's journey at the lobby kiosk (受付端末), without widgets: language, what brings them, the follow-up
// questions, what to bring and the fees, the pre-entry, optionally the card's basic four; then the ticket's pre-entry.
#pragma once

#include "visit/FieldValidation.h"
#include "visit/PreEntry.h"
#include "visit/VisitPorts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::kiosk {

// A large tile on the "what brings you here" page: a life event (転入, 出生 …) or a stand-alone procedure (証明書 …).
struct Tile {
    enum class Kind { LifeEvent, Procedure };
    Kind kind = Kind::Procedure;
    QString id;
    visit::LocalText name;
    QString category; // the catalogue's; decides the counter group of the ticket
};

// What the resident should bring and pay, per chosen procedure.
struct Preparation {
    QString procedureId;
    visit::LocalText name;
    QList<visit::LocalText> documents;
    qint64 fee = 0; // yen per copy; 0 for notices
};

// The journey as a value over the catalogue: everything it holds is the resident's and goes with wipe(). It asks only
// what the counter would otherwise have to ask (fields nothing prefills: no card or registry item, never a My Number).
class KioskJourney final {
public:
    KioskJourney(const visit::CataloguePort& catalogue, const visit::Clock& clock);
    ~KioskJourney();
    KioskJourney(const KioskJourney&) = delete;
    KioskJourney& operator=(const KioskJourney&) = delete;

    // Every life event, then every stand-alone procedure of the catalogue: the tiles.
    QList<Tile> tiles() const;

    void setLanguage(const QString& code) { m_entry.language = code; }
    QString language() const { return m_entry.language; }

    // Choosing a tile again unchooses it.
    bool toggle(const QString& tileId);
    bool isChosen(const QString& tileId) const;
    bool hasChoice() const { return !m_entry.lifeEventIds.isEmpty() || !m_entry.procedures.isEmpty(); }

    // The chosen life events' questions (each once), and the follow-ups their answers and the family propose.
    QList<visit::Question> questions() const;
    bool setAnswer(const QString& questionId, bool yes);
    QString answer(const QString& questionId) const { return m_entry.answers.value(questionId); }
    bool allAnswered() const;
    QList<visit::FollowUp> followUps() const;
    bool decideFollowUp(const QString& procedureId, bool accept);
    bool allDecided() const;

    // The procedures the counter will fill, in order: life events', accepted follow-ups, stand-alone ones.
    QStringList procedureIds() const;
    QList<Preparation> preparations() const;
    qint64 totalFee() const;

    // The fields to pre-enter (each key once): those no card, registry, answer or visit value fills.
    QList<visit::FieldSpec> fields() const;
    // Checked as the counter checks it; the canonical value is kept, a refusal keeps nothing.
    visit::FieldCheck setField(const QString& key, const QString& typed);
    QString field(const QString& key) const { return m_entry.fields.value(key); }

    // The people moving with the resident (only when a chosen life event lists them).
    bool takesMembers() const;
    bool addMember(const visit::Member& member);
    bool removeMember(int index);
    QList<visit::Member> members() const { return m_entry.members; }

    // The card's basic four (基本4情報), read with the resident's PIN; a My Number in `face` is dropped.
    void setCardFace(const visit::CardFace& face);
    bool identified() const { return !m_entry.face.isEmpty(); }

    // The counter group the ticket is numbered in: that of the first chosen tile's category.
    QString groupId() const;
    // What goes to the counter with the ticket.
    visit::PreEntry preEntry() const;

    // Every resident text zeroed and dropped; the journey starts again from the language.
    void wipe();

private:
    const visit::CataloguePort& m_catalogue;
    const visit::Clock& m_clock;
    visit::PreEntry m_entry;
    QStringList m_order; // tile ids in the order chosen
};

} // namespace madoguchi::kiosk
