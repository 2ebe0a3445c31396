// A visit's story (来庁の経過): its records and every audit event about it in order — who looked at which resident's
// data, every My Number reveal, voids and reissues — with the audit chains that hold them checked, breaks shown.
#pragma once

#include "Outcome.h"
#include "audit/AuditTrail.h"
#include "staff/Authorization.h"
#include "supervisor/VoidRequests.h"

#include <QList>
#include <QString>

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::supervisor {

struct StoryVisit {
    QString id;
    QString terminalId;
    QString receptionNumber;
    QString channel;
    QString language;
    QString staffId;
    QString residentId; // the registry id, never a name or a birth date
    QString businessDate;
    QString receivedAt;
    QString completedAt;
};

struct StoryRequest {
    QString procedureId;
    QString status;
    bool myNumberKept = false; // sealed at rest; the number itself is never read here
};

struct StoryPayment {
    QString method;
    qint64 amount = 0;
};

struct StoryEvent {
    domain::AuditEvent event;
    bool afterBreak = false; // at or after the first break of its terminal's chain: not to be trusted
};

struct ChainCheck {
    QString terminalId;
    audit::VerifyReport report;
};

struct VisitStory {
    StoryVisit visit;
    QList<StoryRequest> requests;
    QList<DocumentInfo> documents; // reissues of the visit's certificates included
    QList<StoryPayment> payments;
    QList<StoryEvent> events; // in time order
    QList<ChainCheck> chains; // one per terminal whose events appear
    bool intact() const;
};

// ViewSupervisorDay. The reading is itself audited on `local` ("supervisor.visit_story", subject the visit id).
// Events: those of the visit's terminal from its reception to its completion, and any event at any time whose subject
// is the visit or one of its certificates (voids, reissues, refusals).
Result<VisitStory> visitStory(const store::Connection& local, const store::Connection& central,
                              const privacy::KeyRing& keys, const QString& terminalId, const staff::Principal& who,
                              const QString& visitId);

} // namespace madoguchi::supervisor
