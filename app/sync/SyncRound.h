// One pass of offline-first sync: the outbox goes up in idempotent batches, the audit trail follows, reference data
// (staff, catalogue version, fees) comes down. Safe to interrupt anywhere: the centre commits before the terminal
// forgets, and a batch sent twice inserts nothing twice.
#pragma once

#include "Outcome.h"

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
};

struct SyncOptions {
    QString terminalId;
    int batchSize = 1000; // outbox rows per central transaction (docs/benchmarks.md: 200 is too small to amortise)
    int maxBatches = -1;  // -1: until the outbox is empty
};

Result<SyncReport> syncOnce(const store::Connection& local, const store::Connection& central,
                            const SyncOptions& options);

// Visits recorded on this terminal that the centre has not confirmed yet.
int waitingVisits(const store::Connection& local);

} // namespace madoguchi::sync
