// A counter visit (来庁) as a state machine: identify → match → choose → forms → documents → review → issue → done.
#include "VisitWorkflow.h"

#include "FormFilling.h"
#include "VisitLogging.h"

#include "CardSecret.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>
#include <optional>

#include <algorithm>

namespace madoguchi::visit {
namespace {

bool allDigits(const card::CardSecret& secret, int length) {
    const QByteArrayView text = secret.bytes();
    return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

VisitWorkflow::VisitWorkflow(VisitServices services, QObject* parent)
    : QObject(parent)
    , m_services(services) {
    Q_ASSERT(m_services.card && m_services.registry && m_services.catalogue && m_services.issuance &&
             m_services.access && m_services.clock);
}

VisitWorkflow::~VisitWorkflow() {
    if (m_step != Step::Idle)
        dropResidentData();
}

void VisitWorkflow::setStep(Step step) {
    m_lastActivity = m_services.clock->now();
    if (m_step == step) {
        Q_EMIT changed();
        return;
    }
    qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "step" << step;
    m_step = step;
    if (step == Step::Choose)
        applyPreEntry();
    Q_EMIT stepChanged(step);
    Q_EMIT changed();
}

bool VisitWorkflow::setPreEntry(const PreEntry& entry) {
    if (m_step == Step::Idle || m_step == Step::Forms || m_step == Step::Documents || m_step == Step::Review ||
        m_step == Step::Issuing || m_step == Step::Done)
        return false;
    if (m_draft.preEntry)
        m_draft.preEntry->wipe();
    m_draft.preEntry = entry;
    m_draft.preEntry->face.myNumber.reset(); // never from the kiosk
    m_draft.preEntryApplied = false;
    m_draft.language = entry.language.isEmpty() ? m_draft.language : entry.language;
    audit(QStringLiteral("pre_entry.loaded"), QStringLiteral("kiosk pre-entry of the ticket"));
    if (m_step == Step::Choose)
        applyPreEntry();
    Q_EMIT changed();
    return true;
}

void VisitWorkflow::applyPreEntry() {
    if (!m_draft.preEntry || m_draft.preEntryApplied || m_step != Step::Choose)
        return;
    m_draft.preEntryApplied = true;
    const PreEntry entry = *m_draft.preEntry;
    QStringList known;
    for (const LifeEventSpec& event : lifeEvents())
        if (entry.lifeEventIds.contains(event.id))
            known << event.id;
    QStringList events;
    for (const QString& id : entry.lifeEventIds)
        if (known.contains(id) && !m_draft.lifeEventIds.contains(id))
            events << id;
    if (!events.isEmpty())
        setLifeEvents(m_draft.lifeEventIds + events);
    for (auto it = entry.answers.begin(); it != entry.answers.end(); ++it)
        setAnswer(it.key(), it.value());
    if (lifeEventHasMembers()) {
        for (const Member& m : entry.members) {
            const bool held = std::any_of(m_draft.members.begin(), m_draft.members.end(), [&](const Member& other) {
                return other.name == m.name && other.birthDate == m.birthDate;
            });
            if (!held)
                addMember(m.name, m.birthDate.toString(Qt::ISODate), m.sex, m.relationship);
        }
    }
    for (auto it = entry.followUps.begin(); it != entry.followUps.end(); ++it)
        decideFollowUp(it.key(), it.value());
    QStringList procedures = m_draft.directProcedures;
    for (const QString& id : entry.procedures)
        if (!procedures.contains(id))
            procedures << id;
    if (procedures != m_draft.directProcedures && !setDirectProcedures(procedures))
        qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "pre-entry: procedures not taken";
    qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "pre-entry applied:" << m_draft.lifeEventIds.size()
                    << "life event(s)," << m_draft.directProcedures.size() << "procedure(s)," << entry.fields.size()
                    << "field(s)";
    say(tr("The resident's pre-entry from the kiosk is in this visit; check it with them."));
}

void VisitWorkflow::setStage(IdentifyStage stage) {
    m_stage = stage;
    Q_EMIT changed();
}

void VisitWorkflow::say(const QString& text) {
    m_draft.notice = text;
    Q_EMIT notice(text);
    Q_EMIT changed();
}

void VisitWorkflow::audit(const QString& action, const QString& reason) {
    m_services.access->record(action, m_draft.receptionNumber, reason);
}

bool VisitWorkflow::start(const QString& receptionNumber) {
    if (m_step != Step::Idle) {
        refuse(tr("Finish or cancel the current visit first."));
        return false;
    }
    dropResidentData();
    m_draft.receptionNumber = receptionNumber;
    m_draft.notice.clear();
    setStep(Step::Identify);
    return true;
}

void VisitWorkflow::cancel(const QString& reason) {
    if (m_step == Step::Idle)
        return;
    if (m_step == Step::Issuing) {
        refuse(tr("The documents are being issued; wait until it is finished."));
        return;
    }
    qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "cancelled at" << m_step << "reason:" << reason;
    if (m_step != Step::Done && m_draft.source != IdentitySource::None)
        audit(QStringLiteral("visit.cancelled"), reason);
    dropResidentData();
    setStep(Step::Idle);
    say(tr("The visit was cancelled; nothing was recorded."));
}

void VisitWorkflow::finish() {
    if (m_step != Step::Done)
        return;
    dropResidentData();
    setStep(Step::Idle);
}

bool VisitWorkflow::back() {
    if (m_waiting != Waiting::None)
        return false;
    switch (m_step) {
    case Step::Match:
        m_stage = IdentifyStage::ChooseMethod;
        setStep(Step::Identify);
        return true;
    case Step::Choose:
        setStep(Step::Match);
        return true;
    case Step::Forms:
        setStep(Step::Choose);
        return true;
    case Step::Documents:
        setStep(Step::Forms);
        return true;
    case Step::Review:
        unconfirm();
        setStep(Step::Documents);
        return true;
    case Step::Identify:
        if (m_stage != IdentifyStage::ChooseMethod && m_stage != IdentifyStage::Reading &&
            m_stage != IdentifyStage::CheckingCard) {
            setStage(IdentifyStage::ChooseMethod);
            return true;
        }
        return false;
    case Step::Idle:
    case Step::Issuing:
    case Step::Done:
        return false;
    }
    return false;
}

void VisitWorkflow::touch() {
    m_lastActivity = m_services.clock->now();
}

void VisitWorkflow::setHeld(bool held) {
    m_held = held;
    touch();
}

void VisitWorkflow::tick() {
    if (m_held)
        return;
    if (m_step == Step::Idle || m_step == Step::Issuing || m_waiting != Waiting::None)
        return; // waiting for the registry is not inactivity: the clerk sees the wait and may stop it
    const qint64 idle = m_lastActivity.secsTo(m_services.clock->now());
    if (m_step == Step::Done && idle >= m_doneSeconds) {
        finish();
        return;
    }
    if (m_step != Step::Done && idle >= m_inactivitySeconds) {
        qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "timed out at" << m_step << "after" << idle << "s";
        if (m_draft.source != IdentitySource::None)
            audit(QStringLiteral("visit.timed_out"), QStringLiteral("inactivity"));
        dropResidentData();
        setStep(Step::Idle);
        say(tr("The visit was closed after %n minute(s) without activity; nothing was recorded.", nullptr,
               m_inactivitySeconds / 60));
        Q_EMIT timedOut();
    }
}

void VisitWorkflow::setLanguage(const QString& language) {
    m_draft.language = language;
    touch();
    Q_EMIT changed();
}

void VisitWorkflow::unconfirm() {
    m_draft.residentConfirmed = false;
}

void VisitWorkflow::dropResidentData() {
    ++m_generation;
    m_services.card->release();
    // A typed My Number lives in a form field's text: wipe it before the draft goes. The card's copy wipes itself.
    for (FormDraft& form : m_draft.forms)
        for (FormField& field : form.fields)
            if (field.spec.kind == FieldKind::MyNumber)
                card::secureWipe(field.value);
    m_draft.photo.wipe();
    if (m_draft.preEntry)
        m_draft.preEntry->wipe();
    m_draft = {};
    m_stage = IdentifyStage::ChooseMethod;
    m_waiting = Waiting::None; // a late answer carries the old generation and is ignored
    m_onWaitCancelled = {};
    Q_EMIT residentDataDropped();
}

// ---------------------------------------------------------------- identify

void VisitWorkflow::setReadMyNumber(bool read) {
    if (m_step != Step::Identify)
        return;
    m_draft.readMyNumber = read;
    touch();
    Q_EMIT changed();
}

void VisitWorkflow::useCard() {
    if (m_step != Step::Identify || m_stage == IdentifyStage::Reading || m_stage == IdentifyStage::CheckingCard)
        return;
    touch();
    setStage(IdentifyStage::CheckingCard);
    const quint64 generation = m_generation;
    QPointer<VisitWorkflow> self(this);
    m_services.card->queryTriesLeft([self, generation](const CardOutcome& outcome) {
        if (!self || self->m_generation != generation || self->m_stage != IdentifyStage::CheckingCard)
            return;
        self->touch();
        if (!outcome.ok()) {
            qCInfo(lcVisit) << "card not ready:" << outcome.detail;
            if (outcome.problem == CardOutcome::Problem::Locked) {
                self->m_draft.triesLeft = 0;
                self->setStage(IdentifyStage::Locked);
            } else {
                self->setStage(IdentifyStage::ChooseMethod);
            }
            self->say(outcome.message);
            return;
        }
        self->m_draft.triesLeft = outcome.triesLeft;
        self->m_draft.lastTryConfirmed = false;
        if (outcome.triesLeft == 0) {
            self->setStage(IdentifyStage::Locked);
            self->say(tr("The card's PIN is locked. Use 照合番号B from the card face, or identify without the card."));
        } else {
            self->setStage(outcome.triesLeft == 1 ? IdentifyStage::ConfirmLastTry : IdentifyStage::PinEntry);
        }
    });
}

bool VisitWorkflow::confirmLastTry() {
    if (m_step != Step::Identify || m_stage != IdentifyStage::ConfirmLastTry)
        return false;
    m_draft.lastTryConfirmed = true;
    touch();
    setStage(IdentifyStage::PinEntry);
    return true;
}

bool VisitWorkflow::submitPin(card::CardSecret pin) {
    if (m_step != Step::Identify || m_stage != IdentifyStage::PinEntry) {
        pin.wipe();
        return false;
    }
    touch();
    if (!allDigits(pin, 4)) {
        pin.wipe();
        refuse(tr("The PIN has 4 digits."));
        return false;
    }
    if (m_draft.triesLeft == 1 && !m_draft.lastTryConfirmed) {
        pin.wipe();
        setStage(IdentifyStage::ConfirmLastTry);
        return false;
    }
    setStage(IdentifyStage::Reading);
    const quint64 generation = m_generation;
    QPointer<VisitWorkflow> self(this);
    m_services.card->readWithPin(std::move(pin), m_draft.readMyNumber, m_draft.lastTryConfirmed,
                                 [self, generation](const CardOutcome& outcome) {
                                     if (self)
                                         self->onCardOutcome(generation, outcome, IdentitySource::CardPin);
                                 });
    return true;
}

void VisitWorkflow::useCodeB() {
    if (m_step != Step::Identify || m_stage == IdentifyStage::Reading)
        return;
    touch();
    // With one 照合番号B try left the clerk has been told so; pressing F6 again is the confirmation, and only
    // then does the next code reach the card.
    if (m_stage == IdentifyStage::ConfirmLastCodeBTry)
        m_draft.codeBLastTryConfirmed = true;
    setStage(IdentifyStage::CodeBEntry);
}

bool VisitWorkflow::submitCodeB(card::CardSecret codeB) {
    if (m_step != Step::Identify || m_stage != IdentifyStage::CodeBEntry) {
        codeB.wipe();
        return false;
    }
    touch();
    if (!allDigits(codeB, 14)) {
        codeB.wipe();
        refuse(tr("照合番号B has 14 digits: birth date (YYMMDD), expiry year (YYYY) and the 4-digit security code."));
        return false;
    }
    setStage(IdentifyStage::Reading);
    const quint64 generation = m_generation;
    QPointer<VisitWorkflow> self(this);
    m_services.card->readWithCodeB(std::move(codeB), m_draft.readMyNumber, m_draft.codeBLastTryConfirmed,
                                   [self, generation](const CardOutcome& outcome) {
                                       if (self)
                                           self->onCardOutcome(generation, outcome, IdentitySource::CardCodeB);
                                   });
    return true;
}

void VisitWorkflow::onCardOutcome(quint64 generation, const CardOutcome& outcome, IdentitySource source) {
    if (generation != m_generation || m_step != Step::Identify || m_stage != IdentifyStage::Reading)
        return; // the visit was cancelled or timed out while the card was being read
    touch();
    m_draft.lastTryConfirmed = false;
    m_draft.codeBLastTryConfirmed = false;
    const bool byCodeB = source == IdentitySource::CardCodeB;
    using Problem = CardOutcome::Problem;
    switch (outcome.problem) {
    case Problem::None:
        m_draft.cardCheck = outcome.check;
        if (!outcome.check.verdict.isEmpty())
            audit(QStringLiteral("card.authenticity"),
                  QStringLiteral("%1: %2").arg(outcome.check.verdict, outcome.check.detail));
        if (outcome.check.stopsPrefill) { // nothing from this card is used
            qCWarning(lcVisit) << "card refused by its authenticity check:" << outcome.check.detail;
            m_services.card->release();
            setStage(IdentifyStage::ChooseMethod);
            say(outcome.check.message + QLatin1Char(' ') + outcome.check.nextStep);
            return;
        }
        m_draft.photo = outcome.photo;
        m_draft.face = outcome.face;
        if (!m_draft.readMyNumber)
            m_draft.face.myNumber.reset(); // never kept unless asked for (the copy wipes itself)
        m_draft.source = source;
        m_draft.triesLeft = outcome.triesLeft;
        audit(QStringLiteral("card.read"), !m_draft.face.myNumber ? QStringLiteral("basic four details")
                                                                  : QStringLiteral("basic four details + my number"));
        m_services.card->release();
        lookUpCard();
        return;
    case Problem::WrongPin:
        m_draft.triesLeft = outcome.triesLeft;
        audit(QStringLiteral("card.pin_wrong"), QStringLiteral("tries left %1").arg(outcome.triesLeft));
        if (outcome.triesLeft == 0)
            setStage(IdentifyStage::Locked);
        else
            setStage(outcome.triesLeft == 1 ? IdentifyStage::ConfirmLastTry : IdentifyStage::PinEntry);
        break;
    case Problem::LastTryNeedsConfirmation:
        // Nothing reached the card: no failure to audit. For the PIN the resident confirms the last try on their
        // screen; for 照合番号B the clerk, who types it, confirms with F6 (never the resident's PIN pad).
        if (byCodeB) {
            setStage(IdentifyStage::ConfirmLastCodeBTry);
            break;
        }
        m_draft.triesLeft = 1;
        setStage(IdentifyStage::ConfirmLastTry);
        break;
    case Problem::Locked:
        if (byCodeB) { // 照合番号B is locked: the visit goes on without the card (F7)
            setStage(IdentifyStage::ChooseMethod);
            break;
        }
        m_draft.triesLeft = 0;
        setStage(IdentifyStage::Locked);
        break;
    case Problem::WrongCodeB:
        // Its own action: a wrong 照合番号B is not a wrong PIN, and the PIN's tries left are not changed by it.
        audit(QStringLiteral("card.code_b_wrong"), outcome.triesLeft >= 0
                                                       ? QStringLiteral("tries left %1").arg(outcome.triesLeft)
                                                       : QStringLiteral("tries left unknown"));
        if (outcome.triesLeft == 0)
            setStage(IdentifyStage::ChooseMethod);
        else
            setStage(outcome.triesLeft == 1 ? IdentifyStage::ConfirmLastCodeBTry : IdentifyStage::CodeBEntry);
        break;
    case Problem::Removed:
    case Problem::NoCard:
    case Problem::NoReader:
    case Problem::ReaderBusy:
    case Problem::NotMyNumberCard:
    case Problem::Timeout:
    case Problem::Unreadable:
        // Never retried automatically: the clerk decides when the card is back on the reader.
        setStage(IdentifyStage::ChooseMethod);
        break;
    }
    qCInfo(lcVisit) << "card read refused:" << outcome.detail;
    say(outcome.message);
}

VisitWorkflow::WaitToken VisitWorkflow::beginWait(Waiting what, std::function<void()> onCancelled) {
    m_waiting = what;
    m_onWaitCancelled = std::move(onCancelled);
    touch();
    Q_EMIT changed();
    return WaitToken{m_generation, ++m_waitGeneration};
}

bool VisitWorkflow::endWait(const WaitToken& token) {
    if (token.generation != m_generation || token.wait != m_waitGeneration || m_waiting == Waiting::None)
        return false; // the visit was dropped, or the clerk stopped waiting: the late answer is ignored
    m_waiting = Waiting::None;
    m_onWaitCancelled = {};
    touch();
    return true;
}

bool VisitWorkflow::cancelWaiting() {
    if (m_waiting != Waiting::Registry) {
        if (m_waiting == Waiting::Issuance)
            refuse(tr("The documents are being issued; wait until it is finished."));
        return false;
    }
    qCInfo(lcVisit) << "visit" << m_draft.receptionNumber << "stopped waiting for the registry";
    ++m_waitGeneration;
    m_waiting = Waiting::None;
    const auto onCancelled = std::move(m_onWaitCancelled);
    m_onWaitCancelled = {};
    if (onCancelled)
        onCancelled();
    Q_EMIT changed();
    return true;
}

void VisitWorkflow::lookUpCard() {
    const bool fromIdentify = m_step == Step::Identify;
    const WaitToken token = beginWait(Waiting::Registry, [this, fromIdentify] {
        say(tr("The registry did not answer and you stopped waiting. Press F5 to ask again; a move-in can still be "
               "taken with the card's details (F8)."));
        if (fromIdentify) {
            m_draft.registryReachable = false;
            m_draft.candidates.clear();
            m_draft.chosen = -1;
            setStep(Step::Match);
        }
    });
    QPointer<VisitWorkflow> self(this);
    m_services.registry->matchCard(m_draft.face, [self, token](const LookupOutcome& lookup) {
        if (self && self->endWait(token))
            self->onCardMatched(lookup);
    });
}

void VisitWorkflow::onCardMatched(const LookupOutcome& lookup) {
    m_draft.registryReachable = lookup.reachable;
    m_draft.candidates = lookup.candidates;
    m_draft.chosen = m_draft.candidates.isEmpty() ? -1 : 0;
    if (!lookup.reachable) {
        qCWarning(lcVisit) << "registry unreachable:" << lookup.detail;
        say(lookup.message.isEmpty()
                ? tr("The registry cannot be reached. Retry, or continue with the card's details for a move-in.")
                : lookup.message);
    }
    setStep(Step::Match);
}

bool VisitWorkflow::retryRegistry() {
    if (m_step != Step::Match || m_waiting != Waiting::None)
        return false;
    if (m_draft.source == IdentitySource::NoCard)
        return false;
    lookUpCard();
    return m_waiting == Waiting::None && m_draft.registryReachable;
}

void VisitWorkflow::useNoCard() {
    if (m_step != Step::Identify || m_stage == IdentifyStage::Reading)
        return;
    touch();
    setStage(IdentifyStage::NoCard);
}

bool VisitWorkflow::recordIdCheck(const IdDocumentCheck& check) {
    if (m_step != Step::Identify || m_stage != IdentifyStage::NoCard)
        return false;
    if (check.documentKind.trimmed().isEmpty()) {
        refuse(tr("Record which ID document you checked."));
        return false;
    }
    m_draft.idCheck = check;
    touch();
    Q_EMIT changed();
    return true;
}

bool VisitWorkflow::searchRegistry(const RegistrySearch& search) {
    if (m_step != Step::Identify || m_stage != IdentifyStage::NoCard || m_waiting != Waiting::None)
        return false;
    touch();
    if (m_draft.idCheck.isEmpty()) {
        refuse(tr("Check an ID document and record it before searching the registry."));
        return false;
    }
    if (search.name.trimmed().isEmpty() || !search.birthDate.isValid()) {
        refuse(tr("Search with at least the name and the birth date."));
        return false;
    }
    auto answer = std::make_shared<std::optional<bool>>();
    const WaitToken token = beginWait(Waiting::Registry, [this] {
        refuse(tr("The registry did not answer and you stopped waiting; nothing was looked up. Search again, or ask "
                  "the resident to come back with the My Number card."));
    });
    QPointer<VisitWorkflow> self(this);
    m_services.registry->search(search, [self, token, answer](const LookupOutcome& lookup) {
        if (self && self->endWait(token))
            *answer = self->onSearched(lookup);
    });
    return answer->value_or(true); // true: asked, the answer comes later
}

bool VisitWorkflow::onSearched(const LookupOutcome& lookup) {
    if (!lookup.reachable) {
        qCWarning(lcVisit) << "registry unreachable:" << lookup.detail;
        refuse(lookup.message.isEmpty()
                   ? tr("The registry cannot be reached, so a resident without a card cannot be identified now. "
                        "Retry in a moment, or ask the resident to come back with the My Number card.")
                   : lookup.message);
        return false;
    }
    if (lookup.candidates.isEmpty()) {
        refuse(tr("No resident found. Check the spelling, or search with the address too."));
        return false;
    }
    m_draft.candidates = lookup.candidates;
    m_draft.registryReachable = true;
    m_draft.chosen = 0;
    m_draft.source = IdentitySource::NoCard;
    m_draft.face = {};
    m_draft.photo.wipe(); // a photo belongs to a card read, not to a registry search
    setStep(Step::Match);
    return true;
}

// ---------------------------------------------------------------- match

bool VisitWorkflow::chooseCandidate(int index) {
    if (m_step != Step::Match || m_waiting != Waiting::None || index < 0 || index >= m_draft.candidates.size())
        return false;
    m_draft.chosen = index;
    touch();
    Q_EMIT changed();
    return true;
}

QList<MatchLine> VisitWorkflow::matchLines() const {
    if (m_draft.chosen < 0 || m_draft.chosen >= m_draft.candidates.size())
        return compareWithRegistry(m_draft.face, {});
    if (m_draft.source == IdentitySource::NoCard) {
        // No card to compare with: show the registry record alone.
        const RegistryPerson& p = m_draft.candidates.at(m_draft.chosen).person;
        CardFace same{p.name, p.address, p.birthDate, p.sex, {}};
        return compareWithRegistry(same, p);
    }
    return compareWithRegistry(m_draft.face, m_draft.candidates.at(m_draft.chosen).person);
}

bool VisitWorkflow::acceptMatch() {
    if (m_step != Step::Match || m_waiting != Waiting::None)
        return false;
    if (m_draft.chosen < 0 || m_draft.chosen >= m_draft.candidates.size()) {
        refuse(tr("Choose the registry record that belongs to this resident."));
        return false;
    }
    const RegistryPerson chosen = m_draft.candidates.at(m_draft.chosen).person;
    auto answer = std::make_shared<std::optional<bool>>();
    const WaitToken token = beginWait(Waiting::Registry, [this] {
        say(tr("The registry did not answer and you stopped waiting. Continue (F10) to ask for the household again."));
    });
    QPointer<VisitWorkflow> self(this);
    m_services.registry->household(chosen.residentId, [self, token, answer, chosen](const HouseholdOutcome& found) {
        if (!self || !self->endWait(token))
            return;
        if (!found.reachable)
            qCWarning(lcVisit) << "household lookup failed:" << found.detail;
        self->onHousehold(chosen, found.people);
        *answer = true;
    });
    return answer->value_or(true);
}

void VisitWorkflow::onHousehold(const RegistryPerson& chosen, const QList<RegistryPerson>& household) {
    m_draft.person = chosen;
    m_draft.newResident = false;
    m_draft.household = household;
    for (const RegistryPerson& member : std::as_const(m_draft.household))
        if (member.residentId == m_draft.person.residentId)
            m_draft.person = member; // the household view also knows the head of household's name
    if (m_draft.source == IdentitySource::NoCard)
        audit(QStringLiteral("identity.checked"),
              QStringLiteral("no card; document: %1").arg(m_draft.idCheck.documentKind));
    setStep(Step::Choose);
}

bool VisitWorkflow::proceedAsNewResident() {
    if (m_step != Step::Match || m_waiting != Waiting::None)
        return false;
    if (m_draft.source != IdentitySource::CardPin && m_draft.source != IdentitySource::CardCodeB) {
        refuse(tr("A resident who is not in the registry can only be served with their My Number card."));
        return false;
    }
    m_draft.person = {};
    m_draft.household.clear();
    m_draft.newResident = true;
    setStep(Step::Choose);
    return true;
}

// ---------------------------------------------------------------- choose

QList<LifeEventSpec> VisitWorkflow::lifeEvents() const {
    QList<LifeEventSpec> events = m_services.catalogue->lifeEvents();
    if (m_draft.newResident)
        events.erase(
            std::remove_if(events.begin(), events.end(), [](const LifeEventSpec& e) { return !e.residentMayBeNew; }),
            events.end());
    return events;
}

QList<ProcedureSpec> VisitWorkflow::directProcedures() const {
    return m_services.catalogue->directProcedures(); // a new resident's only with the move-in (confirmChoice)
}

bool VisitWorkflow::chooseLifeEvent(const QString& id) {
    return setLifeEvents({id});
}

bool VisitWorkflow::addLifeEvent(const QString& id) {
    if (m_draft.lifeEventIds.contains(id))
        return m_step == Step::Choose;
    return setLifeEvents(m_draft.lifeEventIds + QStringList{id});
}

bool VisitWorkflow::removeLifeEvent(const QString& id) {
    if (!m_draft.lifeEventIds.contains(id))
        return false;
    QStringList ids = m_draft.lifeEventIds;
    ids.removeAll(id);
    return setLifeEvents(ids);
}

void VisitWorkflow::clearLifeEvents() {
    setLifeEvents({});
}

bool VisitWorkflow::setLifeEvents(const QStringList& ids) {
    if (m_step != Step::Choose)
        return false;
    const QList<LifeEventSpec> events = lifeEvents();
    bool withMembers = false;
    for (const QString& id : ids) {
        const auto it = std::find_if(events.begin(), events.end(), [&](const LifeEventSpec& e) { return e.id == id; });
        if (it == events.end()) {
            refuse(m_draft.newResident
                       ? tr("A resident not yet in the registry can only make a move-in notice (転入届).")
                       : tr("Unknown life event \"%1\".").arg(id));
            return false;
        }
        withMembers = withMembers || it->hasMembers;
    }
    if (ids == m_draft.lifeEventIds) {
        touch();
        Q_EMIT changed();
        return true;
    }
    const bool hadMembers = lifeEventHasMembers();
    m_draft.lifeEventIds = ids;
    // Answers to questions that are still asked are kept: a fact shared by two life events is asked once.
    QStringList asked;
    for (const Question& q : questions())
        asked << q.id;
    for (auto it = m_draft.answers.begin(); it != m_draft.answers.end();)
        it = asked.contains(it.key()) ? std::next(it) : m_draft.answers.erase(it);
    if (!withMembers)
        m_draft.members.clear();
    else if (!hadMembers)
        seedMembers();
    unconfirm();
    refreshFollowUps();
    touch();
    Q_EMIT changed();
    return true;
}

bool VisitWorkflow::chooseProcedures(const QStringList& ids) {
    return setDirectProcedures(ids);
}

bool VisitWorkflow::addProcedure(const QString& id) {
    if (m_draft.directProcedures.contains(id))
        return m_step == Step::Choose;
    return setDirectProcedures(m_draft.directProcedures + QStringList{id});
}

bool VisitWorkflow::removeProcedure(const QString& id) {
    if (!m_draft.directProcedures.contains(id))
        return false;
    QStringList ids = m_draft.directProcedures;
    ids.removeAll(id);
    return setDirectProcedures(ids);
}

bool VisitWorkflow::setDirectProcedures(const QStringList& ids) {
    if (m_step != Step::Choose)
        return false;
    if (m_draft.newResident && !ids.isEmpty() && m_draft.lifeEventIds.isEmpty()) {
        refuse(tr("Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is "
                  "then made from it."));
        return false;
    }
    for (const QString& id : ids) {
        ProcedureSpec spec;
        if (!m_services.catalogue->procedure(id, &spec)) {
            refuse(tr("Unknown procedure \"%1\".").arg(id));
            return false;
        }
    }
    QStringList unique;
    for (const QString& id : ids)
        if (!unique.contains(id))
            unique << id;
    m_draft.directProcedures = unique;
    unconfirm();
    touch();
    Q_EMIT changed();
    return true;
}

QList<Question> VisitWorkflow::questions() const {
    QList<Question> asked;
    QStringList ids;
    const QList<LifeEventSpec> events = m_services.catalogue->lifeEvents();
    for (const QString& chosen : m_draft.lifeEventIds)
        for (const LifeEventSpec& event : events)
            if (event.id == chosen)
                for (const Question& q : event.questions)
                    if (!ids.contains(q.id)) {
                        ids << q.id;
                        asked << q;
                    }
    return asked;
}

bool VisitWorkflow::setAnswer(const QString& questionId, const QString& value) {
    if (m_step != Step::Choose || m_draft.lifeEventIds.isEmpty())
        return false;
    const auto qs = questions();
    const auto it = std::find_if(qs.begin(), qs.end(), [&](const Question& q) { return q.id == questionId; });
    if (it == qs.end())
        return false;
    QString canonical = value.trimmed();
    if (it->kind == Question::Kind::Count) {
        const FieldCheck check = checkField(FieldKind::Count, value, m_services.clock->now().date());
        if (!check.ok) {
            refuse(check.reason);
            return false;
        }
        canonical = check.value;
    } else if (it->kind == Question::Kind::Date) {
        const FieldCheck check = checkField(FieldKind::Date, value, m_services.clock->now().date());
        if (!check.ok) {
            refuse(check.reason);
            return false;
        }
        canonical = check.value;
    } else if (it->kind == Question::Kind::YesNo && canonical != QLatin1String("yes") &&
               canonical != QLatin1String("no")) {
        return false;
    }
    m_draft.answers.insert(questionId, canonical);
    unconfirm();
    refreshFollowUps();
    touch();
    Q_EMIT changed();
    return true;
}

bool VisitWorkflow::lifeEventHasMembers() const {
    for (const LifeEventSpec& event : m_services.catalogue->lifeEvents())
        if (event.hasMembers && m_draft.lifeEventIds.contains(event.id))
            return true;
    return false;
}

void VisitWorkflow::seedMembers() {
    // The resident first, from the card (or the registry without one); then, for a resident already in the
    // registry, the household as the registry holds it: the clerk removes whoever does not move.
    const bool fromCard = m_draft.source == IdentitySource::CardPin || m_draft.source == IdentitySource::CardCodeB;
    // A resident moving in with their card is, most often, the head of the new household; the clerk can change it.
    if (fromCard)
        m_draft.members.append(
            Member{m_draft.face.name, m_draft.face.birthDate, m_draft.face.sex,
                   m_draft.person.relationship.isEmpty() ? QStringLiteral("世帯主") : m_draft.person.relationship,
                   FieldSource::Card});
    else if (!m_draft.person.residentId.isEmpty())
        m_draft.members.append(Member{m_draft.person.name, m_draft.person.birthDate, m_draft.person.sex,
                                      m_draft.person.relationship, FieldSource::Registry});
    for (const RegistryPerson& p : std::as_const(m_draft.household))
        if (p.residentId != m_draft.person.residentId)
            m_draft.members.append(Member{p.name, p.birthDate, p.sex, p.relationship, FieldSource::Registry});
}

bool VisitWorkflow::addMember(const QString& name, const QString& birthDate, const QString& sex,
                              const QString& relationship) {
    if (m_step != Step::Choose || !lifeEventHasMembers())
        return false;
    touch();
    if (name.trimmed().isEmpty()) {
        refuse(tr("Type the person's name."));
        return false;
    }
    const FieldCheck birth = checkField(FieldKind::BirthDate, birthDate, m_services.clock->now().date());
    if (!birth.ok || birth.value.isEmpty()) {
        refuse(birth.ok ? tr("Type the person's birth date.") : birth.reason);
        return false;
    }
    if (sex != QLatin1String("1") && sex != QLatin1String("2") && sex != QLatin1String("9")) {
        refuse(tr("Choose the person's sex."));
        return false;
    }
    if (relationship.trimmed().isEmpty()) {
        refuse(tr("Type the relationship to the head of household (続柄), e.g. 妻, 長男."));
        return false;
    }
    m_draft.members.append(Member{name.trimmed(), QDate::fromString(birth.value, Qt::ISODate), sex,
                                  relationship.trimmed(), FieldSource::Typed});
    unconfirm();
    refreshFollowUps();
    Q_EMIT changed();
    return true;
}

bool VisitWorkflow::removeMember(int index) {
    if (m_step != Step::Choose || index < 0 || index >= m_draft.members.size())
        return false;
    m_draft.members.removeAt(index);
    touch();
    unconfirm();
    refreshFollowUps();
    Q_EMIT changed();
    return true;
}

void VisitWorkflow::refreshFollowUps() {
    // Every chosen life event proposes its follow-ups; a procedure proposed by two of them is proposed once.
    QList<FollowUp> fresh;
    for (const QString& event : std::as_const(m_draft.lifeEventIds))
        for (const FollowUp& f :
             m_services.catalogue->followUps(event, m_draft.answers, m_draft.members, m_services.clock->now().date()))
            if (std::none_of(fresh.begin(), fresh.end(),
                             [&](const FollowUp& known) { return known.procedureId == f.procedureId; }))
                fresh.append(f);
    // Keep what the clerk decided for proposals that are still proposed.
    for (FollowUp& f : fresh)
        for (const FollowUp& old : std::as_const(m_draft.followUps))
            if (old.procedureId == f.procedureId)
                f.decision = old.decision;
    m_draft.followUps = fresh;
}

bool VisitWorkflow::decideFollowUp(const QString& procedureId, bool accept) {
    if (m_step != Step::Choose)
        return false;
    for (FollowUp& f : m_draft.followUps) {
        if (f.procedureId == procedureId) {
            f.decision = accept ? FollowUp::Decision::Accepted : FollowUp::Decision::Declined;
            unconfirm();
            touch();
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

QStringList VisitWorkflow::procedureIds() const {
    QStringList ids;
    const auto add = [&ids](const QString& id) {
        if (!ids.contains(id))
            ids << id;
    };
    const QList<LifeEventSpec> events = m_services.catalogue->lifeEvents();
    for (const QString& chosen : m_draft.lifeEventIds)
        for (const LifeEventSpec& event : events)
            if (event.id == chosen)
                for (const QString& id : event.procedures)
                    add(id);
    for (const FollowUp& f : m_draft.followUps)
        if (f.decision == FollowUp::Decision::Accepted)
            add(f.procedureId);
    for (const QString& id : m_draft.directProcedures)
        add(id);
    return ids;
}

bool VisitWorkflow::confirmChoice() {
    if (m_step != Step::Choose)
        return false;
    if (m_draft.lifeEventIds.isEmpty() && m_draft.directProcedures.isEmpty()) {
        refuse(tr("Choose a life event or at least one procedure."));
        return false;
    }
    if (m_draft.newResident && m_draft.lifeEventIds.isEmpty()) {
        refuse(tr("Certificates need a registry record; choose the move-in notice (転入届) first, the certificate is "
                  "then made from it."));
        return false;
    }
    if (lifeEventHasMembers() && m_draft.members.isEmpty()) {
        refuse(tr("List at least one person the notice concerns."));
        return false;
    }
    for (const Question& q : questions()) {
        if (!m_draft.answers.contains(q.id)) {
            refuse(tr("Answer every question first: \"%1\".").arg(q.text.in(QStringLiteral("ja"))));
            return false;
        }
    }
    for (const FollowUp& f : std::as_const(m_draft.followUps)) {
        if (f.decision == FollowUp::Decision::Undecided) {
            refuse(tr("Accept or decline every proposed procedure first."));
            return false;
        }
    }
    if (const QString missing = missingRecord(); !missing.isEmpty()) {
        refuse(missing);
        return false;
    }
    buildForms();
    if (needsMyNumber() && !haveMyNumber())
        say(tr("A chosen procedure needs the My Number, which was not read. Type it from the card, or go back and "
               "read the card again with \"read the My Number\" ticked."));
    setStep(Step::Forms);
    return true;
}

QString VisitWorkflow::missingRecord() const {
    const RegistryPerson& person = m_draft.person;
    const QDate today = m_services.clock->now().toLocalTime().date();
    const auto child = [&today](const QDate& born) { return born.isValid() && born > today.addYears(-18); };
    for (const QString& id : procedureIds()) {
        ProcedureSpec spec;
        if (!m_services.catalogue->procedure(id, &spec))
            continue;
        const QString name = spec.name.in(QStringLiteral("ja"));
        for (const QString& need : std::as_const(spec.needs)) {
            if (need == QLatin1String("seal_registration") && person.sealNumber.isEmpty())
                return tr("%1 cannot be issued: the registry holds no seal registration (印鑑登録) for this resident. "
                          "Register the seal first, or remove the procedure.")
                    .arg(name);
            if (need == QLatin1String("tax_record") && person.taxes.isEmpty())
                return tr("%1 cannot be issued: the registry holds no tax record for this resident (no income was "
                          "declared or assessed here). Remove the procedure, or ask the tax section.")
                    .arg(name);
            if (need == QLatin1String("light_vehicle_tax") &&
                std::none_of(person.taxes.cbegin(), person.taxes.cend(),
                             [](const TaxYear& t) { return t.lightVehicleTax > 0; }))
                return tr("%1 cannot be issued: the registry holds no light vehicle tax for this resident.").arg(name);
            if (need == QLatin1String("child_in_household")) {
                bool found = std::any_of(m_draft.members.cbegin(), m_draft.members.cend(),
                                         [&](const Member& m) { return child(m.birthDate); });
                for (const RegistryPerson& p : m_draft.household)
                    found = found || (p.residentId != person.residentId && child(p.birthDate));
                if (!found || (person.birthDate.isValid() && child(person.birthDate)))
                    return tr("%1 is claimed by a parent for a child under 18 in the household; the registry lists "
                              "no such child with this resident and the visit adds none. Remove the procedure.")
                        .arg(name);
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------- forms

PrefillSources VisitWorkflow::prefillSources() const {
    PrefillSources sources;
    sources.haveCard = m_draft.source == IdentitySource::CardPin || m_draft.source == IdentitySource::CardCodeB;
    sources.card = m_draft.face;
    sources.haveRegistry = !m_draft.newResident && !m_draft.person.residentId.isEmpty();
    sources.registry = m_draft.person;
    sources.answers = m_draft.answers;
    sources.today = m_services.clock->now().date();
    sources.typed = m_draft.typed;
    sources.members = m_draft.members;
    sources.typedByKey = m_draft.typedByKey;
    sources.copies = m_draft.copies;
    for (auto it = m_draft.persons.cbegin(); it != m_draft.persons.cend(); ++it)
        for (const RegistryPerson& p : m_draft.household)
            if (p.residentId == it.value())
                sources.persons.insert(it.key(), p);
    return sources;
}

void VisitWorkflow::buildForms() {
    // What the resident typed at the kiosk fills the fields nothing else holds, as if typed here (still editable).
    if (m_draft.preEntry) {
        for (const QString& id : procedureIds()) {
            ProcedureSpec spec;
            if (!m_services.catalogue->procedure(id, &spec))
                continue;
            for (const FieldSpec& field : std::as_const(spec.fields)) {
                const QString slot = id + QLatin1Char('/') + field.key;
                const QString value = m_draft.preEntry->fields.value(field.key);
                if (!value.isEmpty() && !m_draft.typed.contains(slot)) {
                    m_draft.typed.insert(slot, value);
                    m_draft.typedByKey.insert(field.key, value);
                }
            }
        }
    }
    // The spouse a claim names is, unless the clerk chose otherwise, the resident's spouse in the household: the
    // head's 妻/夫, or the head for a resident who is the 妻/夫. Nobody is ever taken for the deceased by default.
    for (const QString& role : personRoles()) {
        if (role != QLatin1String("spouse") || m_draft.persons.contains(role))
            continue;
        const QString own = m_draft.person.relationship;
        const bool isHead = own == QStringLiteral("世帯主");
        const bool isSpouse = own == QStringLiteral("妻") || own == QStringLiteral("夫");
        for (const RegistryPerson& p : personChoices(role)) {
            const bool spouse = isHead
                                    ? (p.relationship == QStringLiteral("妻") || p.relationship == QStringLiteral("夫"))
                                    : isSpouse && p.relationship == QStringLiteral("世帯主");
            if (spouse) {
                m_draft.persons.insert(role, p.residentId);
                break;
            }
        }
    }
    const PrefillSources sources = prefillSources();
    m_draft.forms.clear();
    for (const QString& id : procedureIds()) {
        ProcedureSpec spec;
        if (m_services.catalogue->procedure(id, &spec))
            m_draft.forms.append(fillForm(spec, sources));
        else
            qCWarning(lcVisit) << "procedure" << id << "is not in the catalogue";
    }
}

FieldCheck VisitWorkflow::setField(int form, const QString& key, const QString& typed) {
    if (m_step != Step::Forms || form < 0 || form >= m_draft.forms.size())
        return FieldCheck::refuse(tr("The forms cannot be changed now."));
    FormDraft& draft = m_draft.forms[form];
    const int index = draft.indexOf(key);
    if (index < 0)
        return FieldCheck::refuse(tr("This form has no such field."));
    FormField& field = draft.fields[index];
    if (!field.editable())
        return FieldCheck::refuse(tr("This comes from the card or the registry and cannot be typed over."));
    touch();
    const FieldCheck check = checkField(field.spec.kind, typed, m_services.clock->now().date(), field.spec.options);
    field.source = typed.trimmed().isEmpty() ? FieldSource::Missing : FieldSource::Typed;
    field.value = check.ok ? check.value : typed;
    field.error = check.reason;
    m_draft.typed.insert(draft.procedureId + QLatin1Char('/') + key, typed);
    m_draft.typedByKey.insert(key, field.value);
    // The same fact typed once fills every other form of this visit (ワンスオンリー): fields with the same id or the
    // same prefill path, and fields that take this one as their answer ("answer.<id>").
    const FormField typedField = field;
    for (int i = 0; i < m_draft.forms.size(); ++i) {
        for (FormField& other : m_draft.forms[i].fields) {
            if (&other == &field)
                continue;
            const bool sameFact = other.editable() && other.spec.kind == typedField.spec.kind &&
                                  (other.spec.key == key || (!typedField.spec.prefill.isEmpty() &&
                                                             other.spec.prefill == typedField.spec.prefill));
            const bool answer = other.spec.prefill == QLatin1String("answer.") + key &&
                                (other.editable() || other.source == FieldSource::Answer);
            if (!sameFact && !answer)
                continue;
            other.value = typedField.value;
            other.error = typedField.error;
            other.source =
                answer ? (typedField.value.isEmpty() ? FieldSource::Missing : FieldSource::Answer) : typedField.source;
            if (sameFact)
                m_draft.typed.insert(m_draft.forms[i].procedureId + QLatin1Char('/') + other.spec.key, typed);
        }
    }
    // Facts typed just now may be what another field is prefilled from (the move-in date of a claim, the new
    // address of a resident moving in): fill those that nothing else holds.
    const PrefillSources sources = prefillSources();
    for (FormDraft& draftToFill : m_draft.forms) {
        for (FormField& other : draftToFill.fields) {
            if (other.spec.prefill.isEmpty() ||
                (other.source != FieldSource::Missing && other.source != FieldSource::Answer))
                continue;
            FieldSource source = FieldSource::Missing;
            const QString held = prefillValue(other.spec.prefill, sources, &source, draftToFill.procedureId);
            if (!held.isEmpty()) {
                other.value = held;
                other.source = source;
                other.error.clear();
            }
        }
    }
    unconfirm();
    Q_EMIT changed();
    return check;
}

QStringList VisitWorkflow::personRoles() const {
    QStringList roles;
    for (const QString& id : procedureIds()) {
        ProcedureSpec spec;
        if (m_services.catalogue->procedure(id, &spec))
            for (const QString& role : visit::personRoles(spec))
                if (!roles.contains(role))
                    roles << role;
    }
    return roles;
}

QList<RegistryPerson> VisitWorkflow::personChoices(const QString& role) const {
    QList<RegistryPerson> people;
    if (!personRoles().contains(role))
        return people;
    for (const RegistryPerson& p : m_draft.household)
        if (p.residentId != m_draft.person.residentId)
            people << p;
    return people;
}

bool VisitWorkflow::choosePerson(const QString& role, const QString& residentId) {
    if ((m_step != Step::Forms && m_step != Step::Choose) || !personRoles().contains(role))
        return false;
    if (!residentId.isEmpty()) {
        const QList<RegistryPerson> choices = personChoices(role);
        if (std::none_of(choices.begin(), choices.end(),
                         [&](const RegistryPerson& p) { return p.residentId == residentId; })) {
            refuse(tr("Choose someone of the resident's household, or nobody and type the details."));
            return false;
        }
        m_draft.persons.insert(role, residentId);
    } else {
        m_draft.persons.insert(role, QString()); // nobody: typed, and no default chosen again
    }
    touch();
    refillPersons();
    unconfirm();
    Q_EMIT changed();
    return true;
}

void VisitWorkflow::refillPersons() {
    const PrefillSources sources = prefillSources();
    const QString prefix = QStringLiteral("person.");
    for (FormDraft& form : m_draft.forms) {
        for (FormField& field : form.fields) {
            if (!field.spec.prefill.startsWith(prefix))
                continue;
            FieldSource source = FieldSource::Missing;
            const QString held = prefillValue(field.spec.prefill, sources, &source, form.procedureId);
            if (!held.isEmpty()) {
                field.value = held;
                field.source = source;
                field.error.clear();
            } else if (field.source != FieldSource::Typed) {
                field.value.clear();
                field.source = FieldSource::Missing;
                field.error.clear();
            }
        }
    }
}

int VisitWorkflow::typedFieldCount() const {
    int count = 0;
    QStringList seen;
    for (const FormDraft& form : m_draft.forms)
        for (const FormField& field : form.fields)
            if (field.source == FieldSource::Typed && !seen.contains(field.spec.key)) {
                seen << field.spec.key;
                ++count;
            }
    return count;
}

bool VisitWorkflow::confirmForms() {
    if (m_step != Step::Forms)
        return false;
    for (const FormDraft& form : std::as_const(m_draft.forms)) {
        for (const FormField& field : form.fields) {
            if (!field.complete()) {
                refuse(field.error.isEmpty()
                           ? tr("%1: \"%2\" is still missing.")
                                 .arg(form.title.in(QStringLiteral("ja")), field.spec.label.in(QStringLiteral("ja")))
                           : tr("%1: \"%2\": %3")
                                 .arg(form.title.in(QStringLiteral("ja")), field.spec.label.in(QStringLiteral("ja")),
                                      field.error));
                return false;
            }
        }
    }
    buildDocuments();
    m_draft.documentsWarned = false;
    setStep(Step::Documents);
    return true;
}

// ---------------------------------------------------------------- documents, fees, payment

void VisitWorkflow::buildDocuments() {
    m_draft.documents.clear();
    for (const FormDraft& form : std::as_const(m_draft.forms)) {
        ProcedureSpec spec;
        if (!m_services.catalogue->procedure(form.procedureId, &spec))
            continue;
        for (const LocalText& text : spec.requiredDocuments) {
            DocumentCheck check{form.procedureId, text, false};
            check.checked = m_draft.documentsChecked.value(form.procedureId + QLatin1Char('/') + text.in({}), false);
            m_draft.documents.append(check);
        }
    }
}

bool VisitWorkflow::setDocumentChecked(int index, bool checked) {
    if (m_step != Step::Documents || index < 0 || index >= m_draft.documents.size())
        return false;
    m_draft.documents[index].checked = checked;
    m_draft.documentsWarned = false;
    m_draft.documentsChecked.insert(
        m_draft.documents[index].procedureId + QLatin1Char('/') + m_draft.documents[index].text.in({}), checked);
    touch();
    Q_EMIT changed();
    return true;
}

int VisitWorkflow::copies(int form) const {
    if (form < 0 || form >= m_draft.forms.size())
        return 0;
    return m_draft.copies.value(m_draft.forms.at(form).procedureId, 1);
}

bool VisitWorkflow::setCopies(int form, int copies) {
    if (m_step != Step::Documents || form < 0 || form >= m_draft.forms.size())
        return false;
    ProcedureSpec spec;
    if (!m_services.catalogue->procedure(m_draft.forms.at(form).procedureId, &spec) || !spec.certificate)
        return false;
    if (copies < 1 || copies > 10) {
        refuse(tr("From 1 to 10 copies."));
        return false;
    }
    m_draft.copies.insert(m_draft.forms.at(form).procedureId, copies);
    const int field = m_draft.forms[form].indexOf(QStringLiteral("copies"));
    if (field >= 0 && m_draft.forms[form].fields[field].source == FieldSource::Visit)
        m_draft.forms[form].fields[field].value = QString::number(copies);
    touch();
    Q_EMIT changed();
    return true;
}

qint64 VisitWorkflow::fee(int form) const {
    if (form < 0 || form >= m_draft.forms.size())
        return 0;
    ProcedureSpec spec;
    if (!m_services.catalogue->procedure(m_draft.forms.at(form).procedureId, &spec))
        return 0;
    return spec.feePerCopy * (spec.certificate ? copies(form) : 1);
}

qint64 VisitWorkflow::totalFee() const {
    qint64 total = 0;
    for (int i = 0; i < m_draft.forms.size(); ++i)
        total += fee(i);
    return total;
}

QStringList VisitWorkflow::paymentMethods() {
    return {QStringLiteral("cash"), QStringLiteral("credit"), QStringLiteral("emoney"), QStringLiteral("qr"),
            QStringLiteral("exempt")};
}

bool VisitWorkflow::setPaymentMethod(const QString& method) {
    if (m_step != Step::Documents || !paymentMethods().contains(method))
        return false;
    m_draft.paymentMethod = method;
    touch();
    Q_EMIT changed();
    return true;
}

bool VisitWorkflow::isCashless(const QString& method) {
    return method == QLatin1String("credit") || method == QLatin1String("emoney") || method == QLatin1String("qr");
}

bool VisitWorkflow::setPaymentReference(const QString& reference) {
    if (m_step != Step::Documents)
        return false;
    m_draft.paymentReference = reference.trimmed().left(64);
    touch();
    return true;
}

bool VisitWorkflow::confirmDocuments() {
    if (m_step != Step::Documents)
        return false;
    QStringList unchecked;
    for (const DocumentCheck& check : std::as_const(m_draft.documents))
        if (!check.checked)
            unchecked << check.text.in(QStringLiteral("ja"));
    if (!unchecked.isEmpty() && !m_draft.documentsWarned) {
        // Some documents only apply sometimes (a proxy's letter): the clerk may go on, but only after being told.
        m_draft.documentsWarned = true;
        refuse(tr("Not ticked: %1. Continue again if they are not needed for this resident.")
                   .arg(unchecked.join(QStringLiteral("、"))));
        return false;
    }
    if (totalFee() > 0 && m_draft.paymentMethod.isEmpty()) {
        refuse(tr("Choose how the fee of %L1 yen is paid.").arg(totalFee()));
        return false;
    }
    unconfirm();
    m_draft.preview.clear();
    setStep(Step::Review);
    askPreview();
    return true;
}

// ---------------------------------------------------------------- review and issue

bool VisitWorkflow::confirmByResident() {
    if (m_step != Step::Review)
        return false;
    m_draft.residentConfirmed = true;
    touch();
    Q_EMIT changed();
    return true;
}

IssueRequest VisitWorkflow::issueRequest() const {
    IssueRequest request;
    request.receptionNumber = m_draft.receptionNumber;
    request.language = m_draft.language;
    request.residentId = m_draft.person.residentId;
    request.resident = m_draft.person;
    request.members = m_draft.members;
    request.household = m_draft.household;
    request.identitySource = m_draft.source;
    request.idCheck = m_draft.idCheck;
    request.cardVerdict = m_draft.cardCheck.verdict;
    request.interpreterLanguage = m_draft.interpreterLanguage;
    request.interpreterMinutes = interpreterMinutes();
    request.lifeEventIds = m_draft.lifeEventIds;
    request.forms = m_draft.forms;
    for (int i = 0; i < m_draft.forms.size(); ++i) {
        request.copies << copies(i);
        request.fees << fee(i);
    }
    request.paymentMethod = totalFee() > 0 ? m_draft.paymentMethod : QString();
    request.paymentReference = isCashless(request.paymentMethod) ? m_draft.paymentReference : QString();
    if (needsMyNumber())
        request.myNumber = m_draft.face.myNumber;
    return request;
}

void VisitWorkflow::askPreview() {
    if (!m_reviewPreview)
        return;
    IssueRequest request = issueRequest();
    // The preview is the resident's to see: no My Number on it, masked or not.
    request.myNumber.reset();
    for (FormDraft& form : request.forms)
        for (FormField& field : form.fields)
            if (field.spec.kind == FieldKind::MyNumber)
                field.value.clear();
    const quint64 generation = m_generation;
    QPointer<VisitWorkflow> self(this);
    m_services.issuance->preview(request, [self, generation](const PreviewOutcome& outcome) {
        if (!self || self->m_generation != generation || self->m_step != Step::Review)
            return; // another resident by now, or the clerk went back: a later review asks again
        if (!outcome.ok) {
            qCWarning(lcVisit) << "review preview not made:" << outcome.detail;
            return;
        }
        self->m_draft.preview = outcome.pdfs;
        Q_EMIT self->changed();
    });
}

bool VisitWorkflow::issue() {
    if (m_step != Step::Review || m_waiting != Waiting::None)
        return false;
    if (!m_draft.residentConfirmed) {
        refuse(tr("The resident has not confirmed the forms on their screen yet."));
        return false;
    }
    endInterpreter();
    const IssueRequest request = issueRequest();
    setStep(Step::Issuing);
    auto answer = std::make_shared<std::optional<bool>>();
    const WaitToken token = beginWait(Waiting::Issuance, {}); // not cancellable: it is recorded whole or not at all
    QPointer<VisitWorkflow> self(this);
    m_services.issuance->issue(request, [self, token, answer](const IssueOutcome& outcome) {
        if (self && self->endWait(token))
            *answer = self->onIssued(outcome);
    });
    return answer->value_or(true);
}

bool VisitWorkflow::onIssued(const IssueOutcome& outcome) {
    if (!outcome.ok) {
        qCWarning(lcVisit) << "issuance refused:" << outcome.detail;
        setStep(Step::Review); // nothing lost: the clerk can fix the cause and issue again
        say(outcome.message);
        return false;
    }
    m_draft.visitId = outcome.visitId;
    m_draft.issued = outcome.documents;
    m_services.card->release();
    setStep(Step::Done);
    say(outcome.message.isEmpty() ? tr("Issued: %n document(s).", nullptr, int(m_draft.issued.size()))
                                  : outcome.message);
    return true;
}

// ---------------------------------------------------------------- interpreter

bool VisitWorkflow::startInterpreter() {
    if (m_step == Step::Idle || m_step == Step::Issuing || m_step == Step::Done) {
        refuse(tr("An interpreter can be called during a visit, up to the review."));
        return false;
    }
    if (interpreterActive())
        return false;
    if (!m_draft.interpreterLanguage.isEmpty() && m_draft.interpreterLanguage != m_draft.language) {
        // One visit, one language in the record: the calls in the first language are kept, the new one is added.
        qCInfo(lcVisit) << "interpreter: language" << m_draft.interpreterLanguage << "then" << m_draft.language;
    }
    m_draft.interpreterLanguage = m_draft.language;
    m_draft.interpreterSince = m_services.clock->now();
    audit(QStringLiteral("interpreter.call"), m_draft.language);
    touch();
    Q_EMIT changed();
    return true;
}

void VisitWorkflow::endInterpreter() {
    if (!interpreterActive())
        return;
    m_draft.interpreterSeconds += std::max<qint64>(0, m_draft.interpreterSince.secsTo(m_services.clock->now()));
    m_draft.interpreterSince = QDateTime();
    audit(QStringLiteral("interpreter.end"),
          QStringLiteral("%1 %2 min").arg(m_draft.interpreterLanguage).arg(interpreterMinutes()));
    Q_EMIT changed();
}

int VisitWorkflow::interpreterMinutes() const {
    if (m_draft.interpreterLanguage.isEmpty())
        return 0;
    qint64 seconds = m_draft.interpreterSeconds;
    if (interpreterActive())
        seconds += std::max<qint64>(0, m_draft.interpreterSince.secsTo(m_services.clock->now()));
    return int(std::max<qint64>(1, (seconds + 59) / 60));
}

// ---------------------------------------------------------------- My Number

bool VisitWorkflow::needsMyNumber() const {
    for (const FormDraft& form : m_draft.forms) {
        ProcedureSpec spec;
        if (m_services.catalogue->procedure(form.procedureId, &spec) && spec.needsMyNumber)
            return true;
    }
    return false;
}

QString VisitWorkflow::myNumberForDisplay() const {
    if (!needsMyNumber() || !m_draft.face.myNumber)
        return {};
    if (m_draft.myNumberRevealed) {
        const QString digits = m_draft.face.myNumber->digits();
        return digits.left(4) + QLatin1Char(' ') + digits.mid(4, 4) + QLatin1Char(' ') + digits.mid(8);
    }
    return QStringLiteral("**** **** ****");
}

bool VisitWorkflow::revealMyNumber() {
    if (!needsMyNumber() || !m_draft.face.myNumber) {
        refuse(tr("No chosen procedure needs the My Number, so it is not shown."));
        return false;
    }
    // The core decides who may see it unmasked, not the screen.
    if (const Outcome allowed = m_services.access->authorize(staff::Action::RevealMyNumber); !allowed) {
        refuse(allowed.message);
        return false;
    }
    if (!m_draft.myNumberRevealed)
        audit(QStringLiteral("mynumber.revealed"), QStringLiteral("clerk revealed for checking the form"));
    m_draft.myNumberRevealed = true;
    touch();
    Q_EMIT changed();
    return true;
}

} // namespace madoguchi::visit
