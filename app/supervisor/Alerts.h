// The supervisor's alerts (警報) over the central store: terminals whose outbox is stuck or that have not synced for
// a while, audit chains that do not continue, serial collisions and other sync conflicts. Computed here, in the core,
// for the screen and for `madoguchi-cli supervisor alerts`. Blocking (central database): run it on a worker.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::supervisor {

struct Alert {
    QString kind;       // one of the kinds below
    QString terminalId; // the terminal it is about
    QString since;      // ISO-8601 UTC: when it was raised, or the last sync
    QString detail;     // technical, for the supervisor and IT; never resident data
    QString alarmId;    // the central sync alarm behind it, if any
};

inline constexpr const char* kAlertOutboxStuck = "outbox_stuck";         // rows set aside, refused again and again
inline constexpr const char* kAlertNotSynced = "not_synced";             // no sync round for N minutes
inline constexpr const char* kAlertChainBroken = "chain_broken";         // an audit chain that does not continue
inline constexpr const char* kAlertSerialCollision = "serial_collision"; // a serial the centre holds for another
inline constexpr const char* kAlertSyncConflict = "sync_conflict";       // a re-sent row with other content

struct AlertOptions {
    QDateTime now;                // invalid: the wall clock (UTC)
    int staleMinutes = 15;        // supervisor/stale_sync_minutes
    int chainEventsChecked = 500; // the newest events of each terminal checked on every reading
};

// Needs ViewSupervisorDay (checked, not audited: alerts carry no data about any resident; the screen reads them
// every few seconds). The newest `chainEventsChecked` events of each terminal are checked as AuditTrail::verify does
// (numbers without a gap, each continuing the one before, hashes with the office's `keys`, signatures with the key the
// centre registered). Ordered by kind (chains, collisions, conflicts, outboxes, silence), then terminal.
Result<QList<Alert>> officeAlerts(const store::Connection& central, const privacy::KeyRing& keys,
                                  const staff::Principal& who, const AlertOptions& options = {});

} // namespace madoguchi::supervisor
