// The hash-chained audit trail of a terminal: appended inside the caller's transaction, verified end to end.
#pragma once

#include "domain/AuditEvent.h"
#include "store/Connection.h"

#include <QDateTime>

#include <functional>

namespace madoguchi::privacy {
class KeyRing;
}

namespace madoguchi::audit {

// Who is acting and why: given by the caller of every operation that touches resident data.
struct Actor {
    QString staffId;
    QString terminalId;
    QString reason;
};

struct VerifyReport {
    qint64 checked = 0;
    qint64 firstBadSeq = 0; // 0 = the chain is intact
    QString problem;        // technical description of the first break
    bool intact() const { return firstBadSeq == 0; }
};

class AuditTrail final {
public:
    AuditTrail(const store::Connection& local, const privacy::KeyRing& keys);

    // Where event times come from (the visit's injected clock); unset: the wall clock, UTC.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Appends one event to the local chain. Call inside the transaction that does the audited work, so the work and
    // its trace commit together or not at all.
    bool append(const Actor& actor, const QString& action, const QString& subject, QString* detail = nullptr);

    // Recomputes every link: an edited row breaks its own hash, a deleted one breaks the next row's link.
    // `terminalId` empty: the local chain; otherwise that terminal's chain in a central store.
    static VerifyReport verify(const store::Connection& connection, const privacy::KeyRing& keys,
                               const QString& terminalId = {});

    static QByteArray canonical(const domain::AuditEvent& event);

private:
    const store::Connection& m_local;
    const privacy::KeyRing& m_keys;
    std::function<QDateTime()> m_now;
};

} // namespace madoguchi::audit
