// One resident's journey at the lobby kiosk, over the catalogue and its follow-up rules.
#include "KioskJourney.h"

#include "CardSecret.h"
#include "kiosk/MemberChoices.h"
#include "queue/CounterGroups.h"
#include "visit/FieldValidation.h"

#include <algorithm>

namespace madoguchi::kiosk {

KioskJourney::KioskJourney(const visit::CataloguePort& catalogue, const visit::Clock& clock)
    : m_catalogue(catalogue)
    , m_clock(clock) {}

KioskJourney::~KioskJourney() {
    wipe();
}

QList<Tile> KioskJourney::tiles() const {
    QList<Tile> tiles;
    for (const visit::LifeEventSpec& e : m_catalogue.lifeEvents())
        tiles.append(Tile{Tile::Kind::LifeEvent, e.id, e.name, QStringLiteral("life_event")});
    for (const visit::ProcedureSpec& p : m_catalogue.directProcedures())
        tiles.append(Tile{Tile::Kind::Procedure, p.id, p.name, p.category});
    return tiles;
}

bool KioskJourney::toggle(const QString& tileId) {
    const QList<Tile> all = tiles();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Tile& t) { return t.id == tileId; });
    if (it == all.end())
        return false;
    QStringList& list = it->kind == Tile::Kind::LifeEvent ? m_entry.lifeEventIds : m_entry.procedures;
    if (list.contains(tileId)) {
        list.removeAll(tileId);
        m_order.removeAll(tileId);
    } else {
        list.append(tileId);
        m_order.append(tileId);
    }
    // Answers to questions no longer asked and decisions on follow-ups no longer proposed go.
    QStringList asked;
    for (const visit::Question& q : questions())
        asked << q.id;
    for (auto a = m_entry.answers.begin(); a != m_entry.answers.end();)
        a = asked.contains(a.key()) ? std::next(a) : m_entry.answers.erase(a);
    if (!takesMembers())
        m_entry.members.clear();
    QStringList proposed;
    for (const visit::FollowUp& f : followUps())
        proposed << f.procedureId;
    for (auto d = m_entry.followUps.begin(); d != m_entry.followUps.end();)
        d = proposed.contains(d.key()) ? std::next(d) : m_entry.followUps.erase(d);
    return true;
}

bool KioskJourney::isChosen(const QString& tileId) const {
    return m_order.contains(tileId);
}

QList<visit::Question> KioskJourney::questions() const {
    QList<visit::Question> asked;
    QStringList ids;
    for (const visit::LifeEventSpec& e : m_catalogue.lifeEvents()) {
        if (!m_entry.lifeEventIds.contains(e.id))
            continue;
        for (const visit::Question& q : e.questions)
            if (q.kind == visit::Question::Kind::YesNo && !ids.contains(q.id)) {
                ids << q.id;
                asked << q;
            }
    }
    return asked;
}

bool KioskJourney::setAnswer(const QString& questionId, bool yes) {
    for (const visit::Question& q : questions())
        if (q.id == questionId) {
            m_entry.answers.insert(questionId, yes ? QStringLiteral("yes") : QStringLiteral("no"));
            return true;
        }
    return false;
}

bool KioskJourney::allAnswered() const {
    const QList<visit::Question> asked = questions();
    return std::all_of(asked.begin(), asked.end(),
                       [this](const visit::Question& q) { return m_entry.answers.contains(q.id); });
}

QList<visit::FollowUp> KioskJourney::followUps() const {
    QList<visit::FollowUp> proposed;
    const QDate today = m_clock.now().toLocalTime().date();
    for (const QString& event : m_entry.lifeEventIds)
        for (visit::FollowUp f : m_catalogue.followUps(event, m_entry.answers, m_entry.members, today)) {
            if (std::any_of(proposed.begin(), proposed.end(),
                            [&](const visit::FollowUp& p) { return p.procedureId == f.procedureId; }))
                continue;
            if (m_entry.followUps.contains(f.procedureId))
                f.decision = m_entry.followUps.value(f.procedureId) ? visit::FollowUp::Decision::Accepted
                                                                    : visit::FollowUp::Decision::Declined;
            proposed.append(f);
        }
    return proposed;
}

bool KioskJourney::decideFollowUp(const QString& procedureId, bool accept) {
    for (const visit::FollowUp& f : followUps())
        if (f.procedureId == procedureId) {
            m_entry.followUps.insert(procedureId, accept);
            return true;
        }
    return false;
}

bool KioskJourney::allDecided() const {
    const QList<visit::FollowUp> proposed = followUps();
    return std::all_of(proposed.begin(), proposed.end(),
                       [](const visit::FollowUp& f) { return f.decision != visit::FollowUp::Decision::Undecided; });
}

QStringList KioskJourney::procedureIds() const {
    QStringList ids;
    const auto add = [&ids](const QString& id) {
        if (!ids.contains(id))
            ids << id;
    };
    for (const visit::LifeEventSpec& e : m_catalogue.lifeEvents())
        if (m_entry.lifeEventIds.contains(e.id))
            for (const QString& id : e.procedures)
                add(id);
    for (const visit::FollowUp& f : followUps())
        if (f.decision == visit::FollowUp::Decision::Accepted)
            add(f.procedureId);
    for (const QString& id : m_entry.procedures)
        add(id);
    return ids;
}

QList<Preparation> KioskJourney::preparations() const {
    QList<Preparation> list;
    for (const QString& id : procedureIds()) {
        visit::ProcedureSpec spec;
        if (m_catalogue.procedure(id, &spec))
            list.append(Preparation{id, spec.name, spec.requiredDocuments, spec.feePerCopy});
    }
    return list;
}

qint64 KioskJourney::totalFee() const {
    qint64 total = 0;
    for (const Preparation& p : preparations())
        total += p.fee;
    return total;
}

QList<visit::FieldSpec> KioskJourney::fields() const {
    QList<visit::FieldSpec> asked;
    QStringList keys;
    for (const QString& id : procedureIds()) {
        visit::ProcedureSpec spec;
        if (!m_catalogue.procedure(id, &spec))
            continue;
        for (const visit::FieldSpec& f : std::as_const(spec.fields)) {
            // What the card, the registry, an answer or the visit fills is never asked; nor is a My Number.
            if (!f.prefill.isEmpty() || f.kind == visit::FieldKind::MyNumber || f.kind == visit::FieldKind::YesNo ||
                keys.contains(f.key))
                continue;
            keys << f.key;
            asked << f;
        }
    }
    return asked;
}

visit::FieldCheck KioskJourney::setField(const QString& key, const QString& typed) {
    for (const visit::FieldSpec& f : fields()) {
        if (f.key != key)
            continue;
        if (typed.trimmed().isEmpty()) {
            if (m_entry.fields.contains(key))
                card::secureWipe(m_entry.fields[key]);
            m_entry.fields.remove(key);
            return visit::FieldCheck::accept({});
        }
        const visit::FieldCheck check = visit::checkField(f.kind, typed, m_clock.now().toLocalTime().date(), f.options);
        if (check.ok) {
            if (m_entry.fields.contains(key))
                card::secureWipe(m_entry.fields[key]);
            m_entry.fields.insert(key, check.value);
        }
        return check;
    }
    return visit::FieldCheck::refuse({});
}

bool KioskJourney::takesMembers() const {
    const QList<visit::LifeEventSpec> events = m_catalogue.lifeEvents();
    return std::any_of(events.begin(), events.end(), [this](const visit::LifeEventSpec& e) {
        return e.hasMembers && m_entry.lifeEventIds.contains(e.id);
    });
}

bool KioskJourney::addMember(const visit::Member& member) {
    if (!takesMembers() || member.name.trimmed().isEmpty() || !member.birthDate.isValid() ||
        member.birthDate > m_clock.now().toLocalTime().date() || member.relationship.trimmed().isEmpty())
        return false;
    // The sexes and relationships offered are data (resources/kiosk/members.json): only one of them is kept.
    const MemberChoices& choices = memberChoices();
    const auto offered = [](const QList<MemberChoice>& list, const QString& value) {
        return std::any_of(list.begin(), list.end(), [&](const MemberChoice& c) { return c.value == value; });
    };
    if (!offered(choices.sexes, member.sex) || !offered(choices.relationships, member.relationship))
        return false;
    visit::Member m = member;
    m.source = visit::FieldSource::Typed;
    m_entry.members.append(m);
    return true;
}

bool KioskJourney::removeMember(int index) {
    if (index < 0 || index >= m_entry.members.size())
        return false;
    card::secureWipe(m_entry.members[index].name);
    m_entry.members.removeAt(index);
    return true;
}

void KioskJourney::setCardFace(const visit::CardFace& face) {
    m_entry.face = face;
    m_entry.face.myNumber.reset(); // the kiosk never keeps (nor asks the card for) a My Number
}

QString KioskJourney::groupId() const {
    const QList<Tile> all = tiles();
    for (const QString& id : m_order) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Tile& t) { return t.id == id; });
        if (it == all.end())
            continue;
        if (const queue::CounterGroup* group = queue::groupForCategory(it->category))
            return group->id;
    }
    return queue::counterGroups().isEmpty() ? QString() : queue::counterGroups().first().id;
}

visit::PreEntry KioskJourney::preEntry() const {
    visit::PreEntry entry = m_entry;
    // Only what the counter's forms of the chosen procedures take travels with the ticket.
    QStringList keys;
    for (const visit::FieldSpec& f : fields())
        keys << f.key;
    for (auto it = entry.fields.begin(); it != entry.fields.end();)
        it = keys.contains(it.key()) ? std::next(it) : entry.fields.erase(it);
    return entry;
}

void KioskJourney::wipe() {
    const QString language = QStringLiteral("ja");
    m_entry.wipe();
    m_entry.language = language;
    for (QString& id : m_order)
        card::secureWipe(id);
    m_order.clear();
}

} // namespace madoguchi::kiosk
