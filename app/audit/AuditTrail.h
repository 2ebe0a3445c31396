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
    qint64 lastSeq = 0; // the newest event checked
    QString lastHash;
    qint64 firstBadSeq = 0; // 0 = the chain is intact
    QString problem;        // technical description of the first break
    bool intact() const { return firstBadSeq == 0; }
};

// The newest event of one terminal's chain at the centre: what an anchor records and the daily report prints.
struct ChainHead {
    QString terminalId;
    qint64 seq = 0;
    QString hash;
};

// The signing keys the centre holds for one terminal: the current one (terminal_keys, from its first number) and those
// of earlier installations retired by a re-enrolment (terminal_retired_keys, with the numbers they signed), so every
// part of the chain verifies with the key that signed it.
struct CentralKeys {
    struct Span {
        qint64 firstSeq = 1;
        qint64 lastSeq = 0; // 0: open (the current key)
        QString publicKey;
    };
    QList<Span> spans;
    // The key that signed event `seq`; empty when none did.
    QString keyFor(qint64 seq) const;
    static CentralKeys of(const store::Connection& central, const QString& terminalId);
};

// Where a terminal's local chain starts: 0 and the genesis hash, or, after a re-enrolment, the centre's last event of
// the installation before (local audit_epoch).
struct ChainStart {
    qint64 seq = 0;
    QString hash;
    static ChainStart ofLocal(const store::Connection& local);
};

class AuditTrail final {
public:
    AuditTrail(const store::Connection& local, const privacy::KeyRing& keys);

    // Where event times come from (the visit's injected clock); unset: the wall clock, UTC.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Appends one event to the local chain. Call inside the transaction that does the audited work, so the work and
    // its trace commit together or not at all.
    bool append(const Actor& actor, const QString& action, const QString& subject, QString* detail = nullptr);
    // Several events of one actor, in order, as one write: inside the caller's transaction when there is one, else
    // in a transaction of their own, so the events and the chain's head are written together (and another process
    // appending at the same time waits instead of taking the same number). One commit for all of them: a lookup
    // that reads a household audits each person read without paying a disk flush for each.
    struct Entry {
        QString action;
        QString subject;
    };
    bool appendAll(const Actor& actor, const QList<Entry>& entries, QString* detail = nullptr);

    // Recomputes every link: an edited row breaks its own hash, a deleted one breaks the next row's link, and every
    // event of format 2 must carry a valid signature of the terminal that wrote it (locally its own key; centrally
    // the key the centre registered for that terminal). An unsigned event after a signed one is a break too.
    // `terminalId` empty: the local chain; otherwise that terminal's chain in a central store.
    static VerifyReport verify(const store::Connection& connection, const privacy::KeyRing& keys,
                               const QString& terminalId = {});

    // The bytes hashed and signed. Format 2 length-prefixes every field ("<bytes>:<text>,"), so no content of one
    // field can pass for a separator; format 1 (separator-joined) is kept to verify events written before it.
    static QByteArray canonical(const domain::AuditEvent& event);

    // Checks one event of a chain against the one before it (prevSeq/prevHash; 0 and empty for the first):
    // continuity, and for format 2 the signature with `publicKey`. Used by verify() and by the sync when events
    // arrive at the centre. Empty when fine, else the problem.
    static QString checkLink(const domain::AuditEvent& event, qint64 prevSeq, const QString& prevHash,
                             bool signedBefore, const QString& publicKey);
    static QString genesis();

    // Every terminal's newest event in a central store.
    static QList<ChainHead> centralHeads(const store::Connection& central);
    // Records the current heads in audit_anchors (by `staffId`); verify() then refuses a central chain whose event at
    // an anchored number no longer has the anchored hash. Returns the heads anchored.
    static Result<QList<ChainHead>> anchor(const store::Connection& central, const QString& staffId);

private:
    const store::Connection& m_local;
    const privacy::KeyRing& m_keys;
    std::function<QDateTime()> m_now;
};

} // namespace madoguchi::audit
