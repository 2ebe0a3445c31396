// What the visit needs from the core (card, registry, catalogue, issuance, audit, clock), as small interfaces.
#pragma once

#include "FacePhoto.h"
#include "VisitData.h"
#include "staff/Authorization.h"

#include "CardSecret.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace madoguchi::visit {

// A time source the workflow asks instead of the wall clock, so inactivity is tested without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Whether the card is genuine (docs/card-authenticity.md), as the visit shows and records it.
struct CardCheck {
    QString verdict;  // "genuine", "data_altered", "issuer_not_trusted", "copied_chip", "not_checkable"; empty = off
    QString message;  // for the clerk, translated: what the check found
    QString nextStep; // for the clerk, translated: what to do now
    QString detail;   // for the log and the audit trail (technical, no personal data)
    bool stopsPrefill = false; // a failed check, or "not checkable" when the city set card/not_checkable = stop
    bool isGenuine() const { return verdict == QLatin1String("genuine"); }
};

// The card's answer in the card's own terms: every kind the card reader tells apart stays apart here.
struct CardOutcome {
    enum class Problem {
        None,
        NoReader,
        NoCard,
        WrongPin,
        LastTryNeedsConfirmation, // one try left and the resident has not confirmed: nothing was sent to the card
        Locked,
        Removed,
        WrongCodeB,
        ReaderBusy,
        NotMyNumberCard,
        Timeout,
        Unreadable,
    };
    Problem problem = Problem::None;
    CardFace face;
    CardCheck check;
    card::FacePhoto photo; // the chip's face photo, verified; for the clerk's identify page only
    int triesLeft = -1;    // -1 = unknown
    QString message;       // for the clerk, translated
    QString detail;        // for the log; never a PIN or a My Number

    bool ok() const { return problem == Problem::None; }
};

// The card on the counter's reader. Every call answers exactly once through `done`, possibly later.
class CardPort {
public:
    virtual ~CardPort() = default;
    // How many PIN tries remain, without sending a PIN.
    virtual void queryTriesLeft(std::function<void(CardOutcome)> done) = 0;
    // Reads the card face with the resident's PIN, which the port takes over (it wipes itself). Never retried.
    // `lastTryConfirmed`: the resident confirmed trying with one try left; without it the card refuses to try.
    virtual void readWithPin(card::CardSecret pin, bool withMyNumber, bool lastTryConfirmed,
                             std::function<void(CardOutcome)> done) = 0;
    // Reads it with 照合番号B typed by the clerk from the card face; `lastTryConfirmed` as for the PIN (code B has its
    // own try counter on the card).
    virtual void readWithCodeB(card::CardSecret codeB, bool withMyNumber, bool lastTryConfirmed,
                               std::function<void(CardOutcome)> done) = 0;
    // Ends the card session (unpowers the card).
    virtual void release() = 0;
};

struct LookupOutcome {
    bool reachable = true; // false: the registry server cannot be reached right now
    QList<RegistryCandidate> candidates;
    QString message; // translated, when not reachable
    QString detail;
};

struct HouseholdOutcome {
    bool reachable = true;
    QList<RegistryPerson> people; // empty when the resident is not found
    QString message;              // translated, when not reachable
    QString detail;
};

// Every read of a resident's data through this port leaves its own audit event (the store writes it).
// Every call answers exactly once through `done`, possibly later: at the counter the registry is asked on a worker
// thread, so a central server that does not answer never freezes the clerk's window.
class RegistryPort {
public:
    virtual ~RegistryPort() = default;
    virtual void matchCard(const CardFace& face, std::function<void(LookupOutcome)> done) = 0;
    virtual void search(const RegistrySearch& search, std::function<void(LookupOutcome)> done) = 0;
    // The members of the resident's household, the resident included; `reachable` false when it cannot be asked.
    virtual void household(const QString& residentId, std::function<void(HouseholdOutcome)> done) = 0;
};

class CataloguePort {
public:
    virtual ~CataloguePort() = default;
    virtual QList<LifeEventSpec> lifeEvents() const = 0;
    virtual QList<ProcedureSpec> directProcedures() const = 0; // every procedure that is not a life event
    virtual bool procedure(const QString& id, ProcedureSpec* spec) const = 0;
    // Follow-ups for a life event given the wizard's answers ({"has_care_certification": "yes"}) and the people
    // it concerns, on `today` (ages decide many follow-ups).
    virtual QList<FollowUp> followUps(const QString& lifeEventId, const QMap<QString, QString>& answers,
                                      const QList<Member>& members, const QDate& today) const = 0;
};

// Everything the issuance needs, in one piece: it is recorded in one local transaction or not at all.
struct IssueRequest {
    QString receptionNumber;
    QString language;
    QString residentId; // empty for a resident not yet in the registry (転入)
    RegistryPerson resident;
    QList<Member> members;           // the people the life event concerns
    QList<RegistryPerson> household; // the resident's household as the registry gave it at the match
    IdentitySource identitySource = IdentitySource::None;
    IdDocumentCheck idCheck;
    QString cardVerdict;         // CardCheck::verdict of the card read in this visit, empty when none was checked
    QString interpreterLanguage; // an interpreter was called in this visit, in this language; empty: none
    int interpreterMinutes = 0;  // the calls' minutes, each started minute counted
    std::optional<card::MyNumber> myNumber; // only when a chosen procedure needs it; wipes itself
    QStringList lifeEventIds;
    QList<FormDraft> forms;
    QList<int> copies;        // per form; certificates only
    QList<qint64> fees;       // per form, yen
    QString paymentMethod;    // "cash", "credit", "emoney", "qr", "exempt"
    QString paymentReference; // cashless methods only: the reference the reader or acquirer gave
};

struct IssueOutcome {
    bool ok = false;
    QString visitId;
    QList<IssuedPdf> documents;
    QString message; // translated, when not ok
    QString detail;
};

// The visit's printouts rendered as they will come out, recording nothing: what the resident checks on the review.
struct PreviewOutcome {
    bool ok = false;
    QList<QByteArray> pdfs; // one PDF per printout, in form order, marked as previews (見本) where serials go
    QString detail;         // for the log, when not ok
};

// Answers exactly once through `done`, possibly later (the counter records and prints on a worker thread).
class IssuancePort {
public:
    virtual ~IssuancePort() = default;
    virtual void issue(const IssueRequest& request, std::function<void(IssueOutcome)> done) = 0;
    // Renders the request's printouts without recording anything; a port that cannot answers not ok (no preview).
    virtual void preview(const IssueRequest& request, std::function<void(PreviewOutcome)> done) {
        Q_UNUSED(request);
        done({});
    }
};

// Access to a resident's data outside the issuance (card read, registry lookup, My Number revealed), and the role
// check for what only some staff may do (the signed-in clerk's staff::authorize; a refusal is audited there).
class AccessLog {
public:
    virtual ~AccessLog() = default;
    virtual void record(const QString& action, const QString& subject, const QString& reason) = 0;
    virtual Outcome authorize(staff::Action action) = 0;
};

struct VisitServices {
    CardPort* card = nullptr;
    RegistryPort* registry = nullptr;
    CataloguePort* catalogue = nullptr;
    IssuancePort* issuance = nullptr;
    AccessLog* access = nullptr;
    const Clock* clock = nullptr;
};

} // namespace madoguchi::visit
