// One pass of offline-first sync: the outbox goes up in idempotent batches, the audit trail follows, reference data
// (staff, catalogue version, fees) comes down. Safe to interrupt anywhere: the centre commits before the terminal
// forgets, and a batch sent twice inserts nothing twice.
#pragma once

#include "Outcome.h"

#include <QList>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::sync {

struct SyncReport {
    int visitsSent = 0;
    int voidsSent = 0;
    int auditEventsSent = 0;
    int referenceRowsReceived = 0;
    int waiting = 0; // visits still in the outbox afterwards
    // Rows the centre answered but refused: each is tried alone, so the rest flow; refused `setAsideAfter` times, a
    // row goes to the terminal's outbox_set_aside table (kept, reported, alarm sync_set_aside) and stops blocking.
    int refused = 0;  // refused this round, still in the outbox for the next
    int setAside = 0; // set aside this round
    // Rows the centre already held with other content (a re-sent visit that changed): never counted as sent, kept
    // at the centre in sync_conflicts with what was sent, alarm sync_conflict.
    int conflicts = 0;
    QString problem; // the first refusal's or conflict's technical detail, for the log
    bool clean() const { return refused == 0 && setAside == 0 && conflicts == 0; }
};

struct SyncOptions {
    QString terminalId;
    int batchSize = 1000;  // outbox rows per central transaction (docs/benchmarks.md: 200 is too small to amortise)
    int maxBatches = -1;   // -1: until the outbox is empty
    int setAsideAfter = 3; // refusals of one row before it is set aside (sync/set_aside_after)
};

Result<SyncReport> syncOnce(const store::Connection& local, const store::Connection& central,
                            const SyncOptions& options);

// Visits recorded on this terminal that the centre has not confirmed yet.
int waitingVisits(const store::Connection& local);

// What this terminal set aside (`madoguchi-cli sync set-aside`), oldest first.
struct SetAsideRow {
    qint64 seq = 0;
    QString kind;
    int attempts = 0;
    QString reason; // the centre's refusal
    QString setAsideAt;
};
QList<SetAsideRow> setAsideRows(const store::Connection& local);
// Puts the set-aside rows back into the outbox (after IT fixed the cause); returns how many, -1 on failure.
int retrySetAside(const store::Connection& local, QString* detail);

} // namespace madoguchi::sync
