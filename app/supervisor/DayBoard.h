// The supervisor's board of one office-day (業務日の一覧): every visit with its clerk, procedures, certificates and
// their serials and states, fees and payment methods, waiting and service time — what the supervisor screen shows and
// filters. Blocking (central database): run it on a worker.
#pragma once

#include "Outcome.h"
#include "staff/Authorization.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::privacy {
class KeyRing;
}
namespace madoguchi::store {
class Connection;
}

namespace madoguchi::supervisor {

struct BoardDocument {
    QString serial;
    QString documentType;
    QString state; // "issued", "voided", "reissued"
    qint64 fee = 0;
};

struct BoardVisit {
    QString visitId;
    QString terminalId;
    QString receptionNumber;
    QString channel;    // "counter", "kiosk"
    QString clerk;      // the clerk's display name (their login when the centre has no name); empty: nobody
    QString receivedAt; // ISO-8601 UTC
    QString completedAt;
    QStringList procedures; // procedure ids, in the order they were asked for
    QList<BoardDocument> documents;
    QStringList methods;        // payment methods used (cash, emoney, qr, credit, exempt)
    qint64 fees = 0;            // yen of valid certificates
    qint64 paid = 0;            // yen, all methods
    QString state;              // "open" (not completed), "none" (nothing issued), "issued", "voided", "reissued"
    qint64 waitingSeconds = -1; // reception ticket issued → visit started; -1: no ticket
    qint64 serviceSeconds = -1; // visit started → completed; -1: not completed
};

// ViewSupervisorDay; the reading is audited on `local` as "supervisor.day" (subject: the day).
Result<QList<BoardVisit>> dayBoard(const store::Connection& local, const store::Connection& central,
                                   const privacy::KeyRing& keys, const QString& terminalId, const staff::Principal& who,
                                   const QDate& day);

// A cheap fingerprint of the day at the centre (visits received, certificates voided or reissued, void requests): the
// screen polls it and reads the board again only when it changes, so a poll is not an audited reading of resident
// data. Needs ViewSupervisorDay (checked, not audited: it carries no data about anyone).
Result<QString> dayFingerprint(const store::Connection& central, const staff::Principal& who, const QDate& day);

// PostgreSQL: the channel on which the centre says that the supervisor's day changed (a sync committed visits or
// voids, a supervisor voided or reissued). The payload is the terminal id, nothing about anyone; the screen then reads
// the fingerprint at once instead of waiting for its poll. Row-level security does not apply to notifications, which
// is why they carry nothing: each screen reads its own office's fingerprint.
inline constexpr const char* kDayNotifyChannel = "madoguchi_supervisor_day";
// Inside the caller's central transaction (delivered at its commit, never for a rollback); nothing on SQLite. Best
// effort: the screens' safety poll covers a lost notification.
void notifyDayChanged(const store::Connection& central, const QString& terminalId);

} // namespace madoguchi::supervisor
