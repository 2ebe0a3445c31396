// The supervisor's alerts: the centre's open sync alarms, every terminal's last sync round, and the newest links of
// every terminal's audit chain — a few small reads, nothing about any resident.
#include "Alerts.h"

#include "DataLogging.h"
#include "audit/AuditTrail.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "sync/SyncAlarms.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::supervisor {

namespace {

Outcome unreadable(const QSqlQuery& q) {
    qCWarning(lcStore) << "supervisor alerts failed:" << q.lastError().text();
    return Outcome::failure(
        QCoreApplication::translate("supervisor", "The alerts cannot be read from the central database."),
        q.lastError().text());
}

// What a sync alarm means to the supervisor.
QString kindOfAlarm(const QString& kind, const QString& detail) {
    using namespace madoguchi::sync;
    if (kind == QLatin1String(kAlarmAuditTruncated) || kind == QLatin1String(kAlarmAuditFork) ||
        kind == QLatin1String(kAlarmAuditRefused) || kind == QLatin1String(kAlarmKeyMismatch))
        return QLatin1String(kAlertChainBroken);
    // A certificate whose serial the centre already holds for another certificate is refused (unique serial) until
    // it is set aside; one re-sent with other content is a conflict on issued_documents.
    const bool serial = detail.contains(QLatin1String("serial"), Qt::CaseInsensitive);
    if (kind == QLatin1String(kAlarmSetAside))
        return QLatin1String(serial ? kAlertSerialCollision : kAlertOutboxStuck);
    if (kind == QLatin1String(kAlarmConflict))
        return QLatin1String(detail.startsWith(QLatin1String("issued_documents")) ? kAlertSerialCollision
                                                                                  : kAlertSyncConflict);
    return kind;
}

int rank(const QString& kind) {
    static const QStringList order = {QLatin1String(kAlertChainBroken), QLatin1String(kAlertSerialCollision),
                                      QLatin1String(kAlertSyncConflict), QLatin1String(kAlertOutboxStuck),
                                      QLatin1String(kAlertNotSynced)};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

Result<QList<Alert>> officeAlerts(const store::Connection& central, const privacy::KeyRing& keys,
                                  const staff::Principal& who, const AlertOptions& options) {
    using R = Result<QList<Alert>>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ViewSupervisorDay); !allowed)
        return R::refused(allowed);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    QList<Alert> alerts;
    QSet<QString> stuck; // terminals already named for their outbox

    // The alarms the sync raised (row-level security leaves the office's on a server).
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, terminal_id, kind, detail, raised_at FROM sync_alarms WHERE cleared_at IS "
                               "NULL ORDER BY raised_at")))
        return R::refused(unreadable(q));
    while (q.next()) {
        Alert a;
        a.alarmId = q.value(0).toString();
        a.terminalId = q.value(1).toString();
        a.detail = q.value(3).toString();
        a.kind = kindOfAlarm(q.value(2).toString(), a.detail);
        a.since = q.value(4).toString();
        if (a.kind == QLatin1String(kAlertOutboxStuck) || a.kind == QLatin1String(kAlertSerialCollision))
            stuck.insert(a.terminalId);
        alerts.append(a);
    }

    // Each terminal's last sync round: silent for too long, or rows set aside that no alarm names (cleared since).
    QSet<QString> terminals;
    if (!q.exec(QStringLiteral("SELECT terminal_id, last_sync_at, waiting, set_aside FROM sync_heartbeats")))
        return R::refused(unreadable(q));
    while (q.next()) {
        const QString terminal = q.value(0).toString();
        const QString last = q.value(1).toString();
        terminals.insert(terminal);
        const QDateTime at = QDateTime::fromString(last, Qt::ISODateWithMs);
        if (!at.isValid() || at.secsTo(now) > qint64(options.staleMinutes) * 60) {
            alerts.append({QLatin1String(kAlertNotSynced),
                           terminal,
                           last,
                           QStringLiteral("last sync round at %1, %2 visit(s) waiting in its outbox then")
                               .arg(last, q.value(2).toString()),
                           {}});
        }
        if (q.value(3).toInt() > 0 && !stuck.contains(terminal)) {
            alerts.append({QLatin1String(kAlertOutboxStuck),
                           terminal,
                           last,
                           QStringLiteral("%1 outbox row(s) set aside on the terminal (madoguchi-cli sync set-aside)")
                               .arg(q.value(3).toInt()),
                           {}});
        }
    }

    // The newest links of every terminal's chain: numbers without a gap, each event continuing the one before.
    if (!q.exec(QStringLiteral("SELECT terminal_id FROM terminal_keys")))
        return R::refused(unreadable(q));
    while (q.next())
        terminals.insert(q.value(0).toString());
    QStringList sorted(terminals.begin(), terminals.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString& terminal : std::as_const(sorted)) {
        // Each part of the chain with the key of the installation that signed it (a re-enrolment retires the old one).
        const audit::CentralKeys publicKeys = audit::CentralKeys::of(central, terminal);
        QSqlQuery e(central.db());
        e.setForwardOnly(true);
        e.prepare(QStringLiteral("SELECT seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, hash, "
                                 "format, signature, received_at FROM audit_events WHERE terminal_id = ? ORDER BY seq "
                                 "DESC LIMIT ?"));
        e.addBindValue(terminal);
        e.addBindValue(options.chainEventsChecked);
        if (!e.exec())
            return R::refused(unreadable(e));
        QList<std::pair<domain::AuditEvent, QString>> events; // with the centre's receive time
        while (e.next()) {
            domain::AuditEvent a;
            a.seq = e.value(0).toLongLong();
            a.id = e.value(1).toString();
            a.at = QDateTime::fromString(e.value(2).toString(), Qt::ISODateWithMs);
            a.actor = e.value(3).toString();
            a.terminalId = e.value(4).toString();
            a.action = e.value(5).toString();
            a.subject = e.value(6).toString();
            a.reason = e.value(7).toString();
            a.prevHash = e.value(8).toString();
            a.hash = e.value(9).toString();
            a.format = e.value(10).toInt();
            a.signature = e.value(11).toString();
            events.prepend({a, e.value(12).toString()});
        }
        // The oldest event read continues whatever came before it (checked by earlier readings and by the sync).
        qint64 previous = events.isEmpty() ? 0 : events.first().first.seq - 1;
        QString previousHash = events.isEmpty() ? QString() : events.first().first.prevHash;
        if (previous == 0)
            previousHash = audit::AuditTrail::genesis();
        bool signedBefore = false;
        for (const auto& [event, received] : std::as_const(events)) {
            QString problem =
                audit::AuditTrail::checkLink(event, previous, previousHash, signedBefore, publicKeys.keyFor(event.seq));
            if (problem.isEmpty() && event.seq != previous + 1)
                problem =
                    QStringLiteral("events %1 to %2 are missing at the centre").arg(previous + 1).arg(event.seq - 1);
            if (problem.isEmpty() && keys.chainHash(audit::AuditTrail::canonical(event)) != event.hash)
                problem = QStringLiteral("event %1 was altered after it was written").arg(event.seq);
            if (!problem.isEmpty()) {
                alerts.append({QLatin1String(kAlertChainBroken), terminal, received, problem, {}});
                break;
            }
            signedBefore = signedBefore || event.format == 2;
            previous = event.seq;
            previousHash = event.hash;
        }
    }

    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.terminalId < b.terminalId;
    });
    return R::of(alerts);
}

} // namespace madoguchi::supervisor
