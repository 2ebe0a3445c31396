// Voids and reissues (取消・再交付): a clerk asks for a certificate to be voided with a reason, a supervisor approves
// or refuses with a reason, voids directly, or reissues under a new serial linked to the old one. Every call asks
// staff::authorize first and leaves an audit event on this terminal's chain. Blocking (central database): call it on a
// worker, never on the GUI thread.
#pragma once

#include "Outcome.h"
#include "audit/AuditTrail.h"
#include "staff/Authorization.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::supervisor {

// One certificate as the centre holds it.
struct DocumentInfo {
    QString serial;
    QString visitId;
    QString terminalId; // the terminal that issued it (its visit's)
    QString documentType;
    QString residentId;
    int copies = 0;
    qint64 fee = 0;
    QString issuedAt;
    QString businessDate;
    QString voidedAt; // empty: valid
    QString voidReason;
    QString voidedBy;
    QString reissueOf;  // the serial this one replaces; empty for an original
    QString reissuedAs; // the serial that replaced this one; empty when none
    bool isVoid() const { return !voidedAt.isEmpty(); }
};

// What was typed to find a certificate: its serial, or what a QR-code scanner types for the verification code printed
// on it ("MADOGUCHI:<serial>:<verification code>", the templates' `qr` element).
struct DocumentReference {
    QString serial;           // upper case, full-width characters folded (ＴＯ１ → T01)
    QString verificationCode; // from a scanned QR code; empty when the serial was typed
};
DocumentReference parseDocumentReference(const QString& typedOrScanned);

struct VoidRequest {
    QString id;
    QString serial;
    QString terminalId;  // where the clerk asked
    QString requestedBy; // staff id
    QString requestedAt;
    QString reason;
    QString state; // "pending", "approved", "refused"
    QString decidedBy;
    QString decidedAt;
    QString decisionReason;
};

struct Reissued {
    DocumentInfo document;    // the new certificate (reissueOf = the old serial)
    QString verificationCode; // printed on the new certificate
    // What the old certificate printed (the counter's printed content: template id and data, never a My Number), to
    // print again under the new serial; empty when it was not kept (issued before it was) or does not open. Holds a
    // resident's data: the counter renders it on its worker and clears it.
    QByteArray printed;
    // Filled by the counter once the new paper is rendered: its PDF, whether it goes on security paper, or why
    // there is none.
    QString pdfPath;
    bool certificate = false;
    QString printProblem;
};

class VoidDesk final {
public:
    // `local`: this terminal's store (its audit trail, outbox and serial counter); `central`: the centre (PostgreSQL
    // or the embedded SQLite file); `actor.terminalId`: this terminal.
    VoidDesk(const store::Connection& local, const store::Connection& central, const privacy::KeyRing& keys,
             audit::Actor actor);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // A certificate by serial, or by its scanned QR code (parseDocumentReference), from the centre. Needs RequestVoid
    // or ViewSupervisorDay. A scanned code that is not the certificate's own verification code is refused (a forged
    // or altered paper) and the attempt audited ("document.code_mismatch").
    Result<DocumentInfo> document(const staff::Principal& who, const QString& serialOrScan) const;

    // The clerk's request (staff::Action::RequestVoid): written with its audit event in one local transaction and sent
    // to the centre by the terminal's next sync (outbox kind "void_request"), so it is not lost while the centre is
    // away. Refused when the certificate is unknown, already void, or already has an open request. Returns its id.
    Result<QString> requestVoid(const staff::Principal& who, const QString& serial, const QString& reason);

    // Requests at the centre, newest first; `state` empty: all. A clerk (RequestVoid) sees this terminal's
    // requests, a supervisor (ViewSupervisorDay) the office's.
    Result<QList<VoidRequest>> requests(const staff::Principal& who, const QString& state = {}) const;

    // The supervisor's answer (VoidDocument), with a reason. Approving voids the certificate at the centre at once;
    // the first answer wins, a second is refused.
    Outcome decide(const staff::Principal& who, const QString& requestId, bool approve, const QString& reason);

    // Voids a certificate at the centre without a request (VoidDocument); an open request for it is approved.
    Outcome voidDirectly(const staff::Principal& who, const QString& serial, const QString& reason);

    // A new certificate for the same visit, resident and content under this terminal's next serial, its code from
    // the same content digest (ReissueDocument); the old one is voided ("reissued as …") unless already void. Refused
    // when the old one was already reissued. Fee 0: the resident paid for the original.
    Result<Reissued> reissue(const staff::Principal& who, const QString& serial, const QString& reason);

private:
    Outcome allow(const staff::Principal& who, staff::Action action, const QString& subject) const;
    Outcome voidAtCentre(const staff::Principal& who, const QString& serial, const QString& voidReason,
                         const QString& requestId, const QString& decisionReason, const QString& auditAction);
    QString now() const;

    const store::Connection& m_local;
    const store::Connection& m_central;
    const privacy::KeyRing& m_keys;
    audit::Actor m_actor;
    std::function<QDateTime()> m_now;
};

// What the sync does with an outbox row of kind "void_request" at the centre (idempotent: sent twice, stored once;
// a request for a serial that already has an open one is dropped).
bool applyVoidRequest(const store::Connection& central, const QByteArray& payload, QString* detail);

} // namespace madoguchi::supervisor
