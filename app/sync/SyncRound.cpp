// One pass of offline-first sync: the outbox goes up in idempotent batches, the audit trail follows, reference data
// (staff, catalogue version, fees) comes down. Safe to interrupt anywhere: the centre commits before the terminal
// forgets, and a batch sent twice inserts nothing twice.
#include "SyncRound.h"

#include "DataLogging.h"
#include "OutboxPayload.h"
#include "SyncAlarms.h"
#include "audit/AuditTrail.h"
#include "audit/TerminalSigner.h"
#include "store/Connection.h"
#include "store/Rows.h"
#include "supervisor/VoidRequests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {
using store::Connection;

Outcome centralFailed(const QString& detail) {
    qCWarning(lcSync) << "sync failed:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("sync", "The central database cannot be reached. Visits are kept on this "
                                            "terminal and will be sent later."),
        detail);
}

// One round's rows, and the last outbox row they came from.
struct Batch : OutboxRows {
    qint64 lastSeq = 0;
};

// The centre's clock, so received times do not depend on a terminal's.
QString centralNow(const Connection& central) {
    return central
        .scalar(central.backend() == store::Backend::Postgres
                    ? QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                    : QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"))
        .toString();
}

// Sends one batch; returns false (and the reason) when the centre did not commit it.
bool send(const Connection& central, const QString& terminalId, const Batch& batch, QString* detail) {
    store::Transaction transaction(central);
    if (!transaction.isOpen()) {
        *detail = central.db().lastError().text();
        return false;
    }
    if (!store::upsertRows(central, store::visitColumns(), batch.visitRows, false, detail) ||
        !store::upsertRows(central, store::requestColumns(), batch.requestRows, false, detail) ||
        !store::upsertRows(central, store::documentColumns(), batch.documentRows, false, detail) ||
        !store::upsertRows(central, store::paymentColumns(), batch.paymentRows, false, detail)) {
        return false;
    }
    for (const QJsonObject& v : batch.voidRows) {
        // The first void wins; repeating it is a no-op.
        if (!central.exec(
                QStringLiteral("UPDATE issued_documents SET voided_at = ?, void_reason = ?, voided_by = ? "
                               "WHERE serial = ? AND voided_at IS NULL"),
                {v.value(QStringLiteral("voided_at")).toString(), v.value(QStringLiteral("void_reason")).toString(),
                 v.value(QStringLiteral("voided_by")).toString(), v.value(QStringLiteral("serial")).toString()},
                detail)) {
            return false;
        }
    }
    for (const QByteArray& request : batch.voidRequests) {
        if (!supervisor::applyVoidRequest(central, request, detail))
            return false;
    }
    // The centre's own receive time, whatever the terminal's clock said.
    if (!central.exec(QStringLiteral("UPDATE visits SET central_received_at = ? WHERE central_received_at IS NULL AND "
                                     "terminal_id = ?"),
                      {centralNow(central), terminalId}, detail))
        return false;
    if (!transaction.commit()) {
        *detail = QStringLiteral("central commit failed: %1").arg(central.db().lastError().text());
        return false;
    }
    return true;
}

Outcome alarmed(const Connection& central, const QString& terminalId, const char* kind, const QString& detail) {
    raiseAlarm(central, terminalId, QString::fromLatin1(kind), detail);
    const QString message =
        QLatin1String(kind) == QLatin1String(kAlarmKeyMismatch)
            ? QCoreApplication::translate("sync", "The centre knows another terminal under this terminal's id. Nothing "
                                                  "is sent; the supervisor has been alerted. Ask IT staff to check "
                                                  "that the terminal id (terminal/id) is unique.")
            : QCoreApplication::translate("sync", "This terminal's audit trail does not match the centre's copy. "
                                                  "Nothing more is sent; the supervisor has been alerted.");
    return Outcome::failure(message, QStringLiteral("%1: %2").arg(QString::fromLatin1(kind), detail));
}

QList<domain::AuditEvent> localEventsAfter(const Connection& local, const QString& terminalId, qint64 after,
                                           QString* detail) {
    QList<domain::AuditEvent> events;
    QSqlQuery query(local.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, hash, "
                                 "format, signature FROM audit_events WHERE seq > ? AND terminal_id = ? ORDER BY seq"));
    query.addBindValue(after);
    query.addBindValue(terminalId);
    if (!query.exec()) {
        *detail = query.lastError().text();
        return events;
    }
    while (query.next()) {
        domain::AuditEvent e;
        e.seq = query.value(0).toLongLong();
        e.id = query.value(1).toString();
        e.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        e.actor = query.value(3).toString();
        e.terminalId = query.value(4).toString();
        e.action = query.value(5).toString();
        e.subject = query.value(6).toString();
        e.reason = query.value(7).toString();
        e.prevHash = query.value(8).toString();
        e.hash = query.value(9).toString();
        e.format = query.value(10).toInt();
        e.signature = query.value(11).toString();
        events.append(e);
    }
    return events;
}

struct CentralHead {
    qint64 seq = 0;
    QString hash;
    bool signedBefore = false;
    QString publicKey;
};

// Before anything is sent: the centre must know this terminal's public key (registered now on a first sync) and no
// other; and the centre's newest event of this terminal must be the terminal's own event of that number, byte for
// byte. Otherwise the terminal's trail was truncated or rewritten after the centre saw it: alarm, stop.
Result<CentralHead> checkAuditHead(const Connection& local, const Connection& central, const QString& terminalId) {
    using R = Result<CentralHead>;
    CentralHead head;
    {
        QSqlQuery q(central.db());
        q.prepare(QStringLiteral(
            "SELECT seq, hash, format FROM audit_events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(terminalId);
        if (!q.exec())
            return R::refused(centralFailed(q.lastError().text()));
        if (q.next()) {
            head.seq = q.value(0).toLongLong();
            head.hash = q.value(1).toString();
        }
    }
    head.signedBefore =
        central
            .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE terminal_id = ? AND format = 2"),
                    {terminalId})
            .toInt() > 0;
    const QString localKey = audit::TerminalSigner::localPublicKey(local);
    head.publicKey =
        central.scalar(QStringLiteral("SELECT public_key FROM terminal_keys WHERE terminal_id = ?"), {terminalId})
            .toString();
    if (head.publicKey.isEmpty() && !localKey.isEmpty()) {
        QString detail;
        if (!central.exec(QStringLiteral("INSERT INTO terminal_keys (terminal_id, public_key, registered_at) VALUES "
                                         "(?, ?, ?) ON CONFLICT (terminal_id) DO NOTHING"),
                          {terminalId, localKey, centralNow(central)}, &detail))
            return R::refused(centralFailed(detail));
        head.publicKey =
            central.scalar(QStringLiteral("SELECT public_key FROM terminal_keys WHERE terminal_id = ?"), {terminalId})
                .toString();
    }
    if (!localKey.isEmpty() && head.publicKey != localKey)
        return R::refused(alarmed(central, terminalId, kAlarmKeyMismatch,
                                  QStringLiteral("the terminal signs with a key the centre does not hold for it (a "
                                                 "reinstalled or impersonating terminal)")));
    if (head.seq > 0) {
        const QVariant mine = local.scalar(
            QStringLiteral("SELECT hash FROM audit_events WHERE terminal_id = ? AND seq = ?"), {terminalId, head.seq});
        if (!mine.isValid())
            return R::refused(alarmed(central, terminalId, kAlarmAuditTruncated,
                                      QStringLiteral("the centre holds event %1 of this terminal, which the terminal "
                                                     "no longer has: its newest events were removed")
                                          .arg(head.seq)));
        if (mine.toString() != head.hash)
            return R::refused(alarmed(
                central, terminalId, kAlarmAuditFork,
                QStringLiteral("event %1 differs between the terminal and the centre: the history was rewritten")
                    .arg(head.seq)));
    }
    return R::of(head);
}

// The audit events above the centre's newest go up; each is checked on arrival against the one before it (number,
// link, signature with the registered key) and the centre stamps its own receive time.
bool pushAudit(const Connection& local, const Connection& central, const QString& terminalId, const CentralHead& head,
               int* sent, Outcome* refused) {
    QString detail;
    const QList<domain::AuditEvent> events = localEventsAfter(local, terminalId, head.seq, &detail);
    if (!detail.isEmpty()) {
        *refused = centralFailed(detail);
        return false;
    }
    qint64 previous = head.seq;
    QString previousHash = head.hash;
    bool signedBefore = head.signedBefore;
    QList<QVariantList> rows;
    for (const domain::AuditEvent& e : events) {
        const QString problem = audit::AuditTrail::checkLink(e, previous, previousHash, signedBefore, head.publicKey);
        if (!problem.isEmpty()) {
            *refused = alarmed(central, terminalId, kAlarmAuditRefused, QStringLiteral("centre refused: ") + problem);
            return false;
        }
        rows.append({e.terminalId, e.seq, e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.subject,
                     e.reason, e.prevHash, e.hash, e.format, e.signature});
        previous = e.seq;
        previousHash = e.hash;
        signedBefore = signedBefore || e.format == 2;
    }
    store::Transaction transaction(central);
    if (!transaction.isOpen() || !store::upsertRows(central, store::auditColumns(), rows, false, &detail) ||
        !central.exec(QStringLiteral("UPDATE audit_events SET received_at = ? WHERE terminal_id = ? AND seq > ? AND "
                                     "received_at IS NULL"),
                      {centralNow(central), terminalId, head.seq}, &detail) ||
        !transaction.commit()) {
        *refused = centralFailed(detail);
        return false;
    }
    *sent = static_cast<int>(rows.size());
    return true;
}

bool pullReference(const Connection& local, const Connection& central, int* received, QString* detail) {
    QList<QVariantList> staff, reference;
    QSqlQuery query(central.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM staff").arg(store::staffColumns().columns.join(QLatin1Char(','))))) {
        *detail = query.lastError().text();
        return false;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < store::staffColumns().columns.size(); ++i)
            row.append(query.value(i));
        staff.append(row);
    }
    if (!query.exec(QStringLiteral("SELECT key, value, version, updated_at FROM reference_data"))) {
        *detail = query.lastError().text();
        return false;
    }
    while (query.next())
        reference.append({query.value(0), query.value(1), query.value(2), query.value(3)});
    query.finish();
    static const store::TableColumns referenceSpec{
        QStringLiteral("reference_data"),
        QStringLiteral("key"),
        {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("version"), QStringLiteral("updated_at")}};
    // The centre's staff table is the whole truth: an account removed or disabled there stops signing in here on the
    // next pull, even offline (disabled accounts come down with active = 0).
    QStringList keep;
    for (const QVariantList& row : staff)
        keep.append(row.first().toString());
    store::Transaction transaction(local);
    QString placeholders = QStringLiteral("''");
    QVariantList ids;
    for (const QString& id : keep) {
        placeholders += QStringLiteral(", ?");
        ids.append(id);
    }
    if (!transaction.isOpen() ||
        !local.exec(QStringLiteral("DELETE FROM staff WHERE id NOT IN (%1)").arg(placeholders), ids, detail) ||
        !store::upsertRows(local, store::staffColumns(), staff, true, detail) ||
        !store::upsertRows(local, referenceSpec, reference, true, detail) ||
        !local.exec(QStringLiteral("INSERT INTO staff_copy (id, pulled_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
                                   "SET pulled_at = excluded.pulled_at"),
                    {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, detail) ||
        !transaction.commit()) {
        return false;
    }
    *received = static_cast<int>(staff.size() + reference.size());
    return true;
}
} // namespace

int waitingVisits(const store::Connection& local) {
    return local.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'visit'")).toInt();
}

Result<SyncReport> syncOnce(const Connection& local, const Connection& central, const SyncOptions& options) {
    SyncReport report;
    QString detail;
    const Result<CentralHead> head = checkAuditHead(local, central, options.terminalId);
    if (!head)
        return Result<SyncReport>::refused(head.outcome);
    for (int round = 0; options.maxBatches < 0 || round < options.maxBatches; ++round) {
        Batch batch;
        {
            QSqlQuery query(local.db());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT seq, kind, payload FROM outbox ORDER BY seq LIMIT ?"));
            query.addBindValue(options.batchSize);
            if (!query.exec())
                return Result<SyncReport>::refused(centralFailed(query.lastError().text()));
            while (query.next()) {
                batch.lastSeq = query.value(0).toLongLong();
                decodeOutboxPayload(batch, query.value(1).toString(), query.value(2).toString().toUtf8());
            }
        }
        if (batch.lastSeq == 0)
            break;
        if (!send(central, options.terminalId, batch, &detail)) {
            local.exec(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE seq <= ?"), {batch.lastSeq});
            // A centre that answers but refuses the rows (e.g. two terminals sharing one id, so serials collide)
            // is not an outage: say so, and keep the rows until someone fixes the cause.
            if (central.scalar(QStringLiteral("SELECT 1")).toInt() == 1) {
                qCWarning(lcSync) << "centre refused outbox rows up to" << batch.lastSeq << ":" << detail;
                return Result<SyncReport>::refused(Outcome::failure(
                    QCoreApplication::translate("sync", "The central database refused visits from this terminal. They "
                                                        "are kept here. Ask IT staff to check that the terminal id "
                                                        "(terminal/id) is unique."),
                    detail));
            }
            return Result<SyncReport>::refused(centralFailed(detail));
        }
        // Only now may the terminal forget: a crash before this line resends the batch, which changes nothing.
        if (!local.exec(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"), {batch.lastSeq}, &detail))
            return Result<SyncReport>::refused(centralFailed(detail));
        report.visitsSent += batch.visits;
        report.voidsSent += batch.voids;
        qCDebug(lcSync) << "sent" << batch.visits << "visits," << batch.voids << "voids up to outbox" << batch.lastSeq;
    }
    Outcome auditRefused;
    if (!pushAudit(local, central, options.terminalId, *head, &report.auditEventsSent, &auditRefused))
        return Result<SyncReport>::refused(auditRefused);
    if (!pullReference(local, central, &report.referenceRowsReceived, &detail))
        return Result<SyncReport>::refused(centralFailed(detail));
    report.waiting = waitingVisits(local);
    return Result<SyncReport>::of(report);
}

} // namespace madoguchi::sync
