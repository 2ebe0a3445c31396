// Issuance (交付): the one call that records a visit's requests, certificates, payments, audit trail and outbox rows
// in a single local transaction, so a visit is either wholly on the terminal (and on its way to the centre) or not.
#pragma once

#include "Outcome.h"
#include "audit/AuditTrail.h"
#include "domain/Visit.h"
#include "staff/Authorization.h"

#include <QByteArray>
#include <QList>

namespace madoguchi::store {
class Connection;
}
namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::issuance {

// A certificate to issue. The fee comes from the catalogue, the content is what printing/ will print.
struct DocumentOrder {
    int requestIndex = -1; // which of the visit's requests it answers; -1 for none
    QString documentType;
    QString residentId;
    int copies = 1;
    qint64 fee = 0;     // yen for all copies
    QByteArray content; // canonical bytes of the printed data; its digest is bound into the verification code
    // What it takes to print the same paper again (the template id and its data as JSON, never a My Number): kept
    // sealed for the serial (privacy::SealPlace::printedContentOf) so that a reissue prints it; empty: not kept.
    QByteArray printed;
};

struct VisitRecord {
    domain::Visit visit; // id empty: a new UUID; terminalId is always the actor's terminal
    QList<domain::ProcedureRequest> requests;
    QList<DocumentOrder> documents;
    QList<domain::Payment> payments; // must add up to the fees; waived amounts as Method::Exempt
};

struct IssuanceReceipt {
    domain::Visit visit;
    QList<domain::ProcedureRequest> requests; // My Numbers already wiped
    QList<domain::IssuedDocument> documents;  // serials and verification codes for printing
    QList<domain::Payment> payments;
};

// The next certificate serial of this terminal for a business day ("T01-20261202-000042"), counted in the local
// store's document_counter inside the caller's transaction; empty (and `detail`) on failure. Reissues use it too.
// T01-20261202-7KQ-000001: terminal, business day, this installation (installId), the day's number.
QString nextSerial(const store::Connection& local, const QString& terminalId, const QString& businessDate,
                   QString* detail);
// This installation's id, made once when the local store first issues: a reinstalled terminal that keeps its
// terminal id starts its day numbers again, but under another install id, so no serial is ever printed twice.
QString installId(const store::Connection& local, QString* detail);

class Issuance final {
public:
    Issuance(const store::Connection& local, const privacy::KeyRing& keys, audit::Actor actor);

    // Where the times of the record and its audit events come from; unset: the wall clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Everything or nothing: on refusal the store is unchanged and the outcome says why.
    Result<IssuanceReceipt> record(VisitRecord record);

    // Voids a certificate (取消) with the reason and who did it; synced to the centre like the issuance itself.
    // Refused (and the refusal audited) unless `who` may void (staff::Action::VoidDocument).
    Outcome voidDocument(const staff::Principal& who, const QString& serial, const QString& reason);

private:
    Outcome validate(const VisitRecord& record) const;

    const store::Connection& m_local;
    const privacy::KeyRing& m_keys;
    audit::Actor m_actor;
    std::function<QDateTime()> m_now;
};

} // namespace madoguchi::issuance
