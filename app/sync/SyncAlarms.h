// Alarms the sync raises in the central store for the supervisor (警報): a forked or truncated audit trail, events
// the centre refused, batches set aside.
#pragma once

#include <QList>
#include <QString>

namespace madoguchi::store {
class Connection;
}

namespace madoguchi::sync {

struct SyncAlarm {
    QString id;
    QString terminalId;
    QString kind;   // one of the kinds below
    QString detail; // technical, for the supervisor and IT; never resident data
    QString raisedAt;
};

// The kinds, as stored.
inline constexpr const char* kAlarmAuditTruncated = "audit_truncated"; // the terminal lacks an event the centre has
inline constexpr const char* kAlarmAuditFork = "audit_fork";           // the terminal's event differs from the centre's
inline constexpr const char* kAlarmAuditRefused = "audit_refused";     // arriving events broke continuity/signature
inline constexpr const char* kAlarmKeyMismatch = "audit_key_mismatch"; // signed with a key the centre does not know
inline constexpr const char* kAlarmSetAside = "sync_set_aside";        // outbox rows refused again and again
inline constexpr const char* kAlarmConflict = "sync_conflict";         // a re-sent row with other content

// Raises an alarm unless the same kind is already open for that terminal (so a sync retrying every minute does not
// flood the list). False when it could not be written.
bool raiseAlarm(const store::Connection& central, const QString& terminalId, const QString& kind,
                const QString& detail);
// Open alarms, newest first (for the supervisor's alerts screen).
QList<SyncAlarm> openAlarms(const store::Connection& central);
// Marks an alarm dealt with.
bool clearAlarm(const store::Connection& central, const QString& id);

} // namespace madoguchi::sync
