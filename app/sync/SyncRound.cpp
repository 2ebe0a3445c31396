// One pass of offline-first sync: the outbox goes up in idempotent batches, the audit trail follows, reference data
// (staff, catalogue version, fees) comes down. Safe to interrupt anywhere: the centre commits before the terminal
// forgets, and a batch sent twice inserts nothing twice.
#include "SyncRound.h"

#include "DataLogging.h"
#include "OutboxPayload.h"
#include "SyncAlarms.h"
#include "audit/AuditTrail.h"
#include "audit/TerminalSigner.h"
#include "kiosk/KioskStaffPin.h"
#include "store/Connection.h"
#include "store/Rows.h"
#include "supervisor/DayBoard.h"
#include "supervisor/VoidRequests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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

// A row the centre already held (not inserted now): the same content is a harmless re-send (a crash after the
// centre committed); other content is a conflict, kept in sync_conflicts with both versions. `compared` are the
// columns that must match (a document's void columns may have moved on at the centre since).
bool recordConflicts(const Connection& central, const QString& terminalId, const store::TableColumns& spec,
                     const QList<QVariantList>& rows, const QStringList& inserted, const QStringList& compared,
                     QStringList* conflictingKeys, QString* detail) {
    const qsizetype keyColumn = spec.columns.indexOf(spec.key);
    for (const QVariantList& row : rows) {
        const QString key = row.value(keyColumn).toString();
        if (inserted.contains(key))
            continue;
        QSqlQuery held(central.db());
        held.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                         .arg(spec.columns.join(QLatin1Char(',')), spec.table, spec.key));
        held.addBindValue(key);
        if (!held.exec() || !held.next()) {
            *detail = held.lastError().text();
            return false;
        }
        QVariantList heldRow;
        bool same = true;
        for (int i = 0; i < spec.columns.size(); ++i) {
            heldRow.append(held.value(i));
            if (compared.contains(spec.columns.at(i)) && held.value(i).toString() != row.value(i).toString())
                same = false;
        }
        if (same)
            continue;
        const QByteArray sent = QJsonDocument(store::rowObject(spec, row)).toJson(QJsonDocument::Compact);
        const QByteArray kept = QJsonDocument(store::rowObject(spec, heldRow)).toJson(QJsonDocument::Compact);
        if (!central.exec(
                QStringLiteral("INSERT INTO sync_conflicts (id, terminal_id, table_name, row_key, sent, held, "
                               "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {QUuid::createUuid().toString(QUuid::WithoutBraces), terminalId, spec.table, key,
                 QString::fromUtf8(sent), QString::fromUtf8(kept), centralNow(central)},
                detail))
            return false;
        conflictingKeys->append(spec.table + QLatin1Char(' ') + key);
        raiseAlarm(central, terminalId, QString::fromLatin1(kAlarmConflict),
                   QStringLiteral("%1 %2 re-sent with other content than the centre holds (sync_conflicts)")
                       .arg(spec.table, key));
    }
    return true;
}

QStringList columnsExcept(const store::TableColumns& spec, const QStringList& left) {
    QStringList result;
    for (const QString& c : spec.columns)
        if (!left.contains(c))
            result.append(c);
    return result;
}

// Sends one batch; returns false (and the reason) when the centre did not commit it. `conflicts` receives the
// rows the centre held with other content ("table key"), which were recorded at the centre and not applied.
bool send(const Connection& central, const QString& terminalId, const Batch& batch, QStringList* conflicts,
          QString* detail) {
    store::Transaction transaction(central);
    if (!transaction.isOpen()) {
        *detail = central.db().lastError().text();
        return false;
    }
    QStringList visitsInserted, documentsInserted;
    if (!store::upsertRows(central, store::visitColumns(), batch.visitRows, false, detail, &visitsInserted) ||
        !store::upsertRows(central, store::requestColumns(), batch.requestRows, false, detail) ||
        !store::upsertRows(central, store::documentColumns(), batch.documentRows, false, detail, &documentsInserted) ||
        !store::upsertRows(central, store::paymentColumns(), batch.paymentRows, false, detail)) {
        return false;
    }
    static const QStringList kDocumentCompared =
        columnsExcept(store::documentColumns(),
                      {QStringLiteral("voided_at"), QStringLiteral("void_reason"), QStringLiteral("voided_by")});
    if (!recordConflicts(central, terminalId, store::visitColumns(), batch.visitRows, visitsInserted,
                         store::visitColumns().columns, conflicts, detail) ||
        !recordConflicts(central, terminalId, store::documentColumns(), batch.documentRows, documentsInserted,
                         kDocumentCompared, conflicts, detail)) {
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
    // The supervisors' screens read their day again at once (PostgreSQL; delivered at the commit).
    supervisor::notifyDayChanged(central, terminalId);
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
                                                  "that the terminal id (terminal/id) is unique, or to re-enrol a "
                                                  "reinstalled terminal (madoguchi-cli central re-enrol-terminal).")
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
        // A re-enrolled installation's chain starts after the centre's last event of the installation before.
        const audit::ChainStart start = audit::ChainStart::ofLocal(local);
        const bool startsHere = !mine.isValid() && start.seq == head.seq && start.hash == head.hash;
        if (!mine.isValid() && !startsHere)
            return R::refused(alarmed(central, terminalId, kAlarmAuditTruncated,
                                      QStringLiteral("the centre holds event %1 of this terminal, which the terminal "
                                                     "no longer has: its newest events were removed")
                                          .arg(head.seq)));
        if (!startsHere && mine.toString() != head.hash)
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
    // The staff PIN of this office's kiosks comes down with the staff (the copy a kiosk checks while the centre does
    // not answer). A centre that cannot be asked for it (not granted yet: `central init` not run again after an
    // upgrade) keeps the copy as it was and does not stop the round.
    const Result<std::optional<kiosk::OfficeStaffPin>> officePin = kiosk::readOfficeStaffPin(central);
    if (!officePin)
        qCWarning(lcSync).noquote() << "kiosk staff PIN not pulled:" << officePin.outcome.detail;
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
        (officePin && !*officePin &&
         !local.exec(QStringLiteral("DELETE FROM reference_data WHERE key = ?"),
                     {QString::fromLatin1(kiosk::kOfficePinReferenceKey)}, detail)) ||
        (officePin && *officePin &&
         !store::upsertRows(local, referenceSpec,
                            {{QString::fromLatin1(kiosk::kOfficePinReferenceKey), (*officePin)->hash,
                              QString::number((*officePin)->revision), (*officePin)->setAt}},
                            true, detail)) ||
        !local.exec(QStringLiteral("INSERT INTO staff_copy (id, pulled_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
                                   "SET pulled_at = excluded.pulled_at"),
                    {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, detail) ||
        !transaction.commit()) {
        return false;
    }
    *received = static_cast<int>(staff.size() + reference.size()) + (officePin && *officePin ? 1 : 0);
    return true;
}

// One outbox row as stored.
struct OutboxRow {
    qint64 seq = 0;
    QString kind;
    QByteArray payload;
    int attempts = 0;
};

void countSent(SyncReport& report, const Batch& batch, const QStringList& conflicts) {
    int conflictingVisits = 0;
    for (const QString& c : conflicts)
        if (c.startsWith(QLatin1String("visits ")))
            ++conflictingVisits;
    report.visitsSent += batch.visits - conflictingVisits;
    report.voidsSent += batch.voids;
    if (!conflicts.isEmpty()) {
        report.conflicts += static_cast<int>(conflicts.size());
        if (report.problem.isEmpty())
            report.problem =
                QStringLiteral("the centre holds other content for %1").arg(conflicts.join(QStringLiteral(", ")));
        qCWarning(lcSync) << "conflicts kept at the centre:" << conflicts;
    }
    qCDebug(lcSync) << "sent" << batch.visits << "visits," << batch.voids << "voids up to outbox" << batch.lastSeq;
}

// A row the centre refused once more: counted; at `setAsideAfter` refusals moved to outbox_set_aside, with an alarm
// for the supervisor. False only when the terminal's own store failed.
bool refuseRow(const Connection& local, const Connection& central, const SyncOptions& options, const OutboxRow& row,
               const QString& why, SyncReport* report, QString* detail) {
    const int attempts = row.attempts + 1;
    qCWarning(lcSync) << "centre refused outbox row" << row.seq << "(" << row.kind << ", refusal" << attempts << "of"
                      << options.setAsideAfter << "):" << why;
    if (attempts < options.setAsideAfter) {
        ++report->refused;
        return local.exec(QStringLiteral("UPDATE outbox SET attempts = ? WHERE seq = ?"), {attempts, row.seq}, detail);
    }
    store::Transaction transaction(local);
    if (!transaction.isOpen() ||
        !local.exec(
            QStringLiteral("INSERT INTO outbox_set_aside (seq, id, kind, payload, created_at, attempts, reason, "
                           "set_aside_at) SELECT seq, id, kind, payload, created_at, ?, ?, ? FROM outbox "
                           "WHERE seq = ?"),
            {attempts, why, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), row.seq}, detail) ||
        !local.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {row.seq}, detail) || !transaction.commit())
        return false;
    ++report->setAside;
    raiseAlarm(central, options.terminalId, QString::fromLatin1(kAlarmSetAside),
               QStringLiteral("outbox row %1 (%2) refused %3 times and set aside on the terminal: %4")
                   .arg(row.seq)
                   .arg(row.kind)
                   .arg(attempts)
                   .arg(why));
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
    qint64 after = 0; // each outbox row is tried once a round: a refused one waits for the next
    for (int round = 0; options.maxBatches < 0 || round < options.maxBatches; ++round) {
        Batch batch;
        QList<OutboxRow> rows;
        {
            QSqlQuery query(local.db());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT seq, kind, payload, attempts FROM outbox WHERE seq > ? ORDER BY seq "
                                         "LIMIT ?"));
            query.addBindValue(after);
            query.addBindValue(options.batchSize);
            if (!query.exec())
                return Result<SyncReport>::refused(centralFailed(query.lastError().text()));
            while (query.next()) {
                rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray(),
                             query.value(3).toInt()});
                batch.lastSeq = rows.last().seq;
                decodeOutboxPayload(batch, rows.last().kind, rows.last().payload);
            }
        }
        if (batch.lastSeq == 0)
            break;
        QStringList conflicts;
        if (send(central, options.terminalId, batch, &conflicts, &detail)) {
            // Only now may the terminal forget: a crash before this line resends the batch, which changes nothing.
            if (!local.exec(QStringLiteral("DELETE FROM outbox WHERE seq > ? AND seq <= ?"), {after, batch.lastSeq},
                            &detail))
                return Result<SyncReport>::refused(centralFailed(detail));
            countSent(report, batch, conflicts);
        } else {
            // A centre that answers but refuses the rows is not an outage: find the rows it refuses, one by one, so
            // the others flow; a row refused again and again is set aside instead of blocking every later visit.
            if (central.scalar(QStringLiteral("SELECT 1")).toInt() != 1)
                return Result<SyncReport>::refused(centralFailed(detail));
            qCWarning(lcSync) << "centre refused a batch up to outbox" << batch.lastSeq << ":" << detail
                              << "- trying its rows one by one";
            for (const OutboxRow& row : rows) {
                Batch one;
                one.lastSeq = row.seq;
                decodeOutboxPayload(one, row.kind, row.payload);
                QStringList oneConflicts;
                QString why;
                if (send(central, options.terminalId, one, &oneConflicts, &why)) {
                    if (!local.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {row.seq}, &detail))
                        return Result<SyncReport>::refused(centralFailed(detail));
                    countSent(report, one, oneConflicts);
                    continue;
                }
                if (central.scalar(QStringLiteral("SELECT 1")).toInt() != 1)
                    return Result<SyncReport>::refused(centralFailed(why));
                if (report.problem.isEmpty())
                    report.problem = why;
                if (!refuseRow(local, central, options, row, why, &report, &detail))
                    return Result<SyncReport>::refused(centralFailed(detail));
            }
        }
        after = batch.lastSeq;
    }
    Outcome auditRefused;
    if (!pushAudit(local, central, options.terminalId, *head, &report.auditEventsSent, &auditRefused))
        return Result<SyncReport>::refused(auditRefused);
    if (!pullReference(local, central, &report.referenceRowsReceived, &detail))
        return Result<SyncReport>::refused(centralFailed(detail));
    report.waiting = waitingVisits(local);
    // The round's heartbeat for the supervisor's alerts. Not a reason to fail the round: what was sent is sent.
    const int setAside = local.scalar(QStringLiteral("SELECT count(*) FROM outbox_set_aside")).toInt();
    if (!central.exec(QStringLiteral("INSERT INTO sync_heartbeats (terminal_id, last_sync_at, waiting, set_aside, "
                                     "refused) VALUES (?, ?, ?, ?, ?) ON CONFLICT (terminal_id) DO UPDATE SET "
                                     "last_sync_at = excluded.last_sync_at, waiting = excluded.waiting, set_aside = "
                                     "excluded.set_aside, refused = excluded.refused"),
                      {options.terminalId, centralNow(central), report.waiting, setAside, report.refused}, &detail))
        qCWarning(lcSync) << "sync heartbeat not recorded:" << detail;
    return Result<SyncReport>::of(report);
}

QList<SetAsideRow> setAsideRows(const Connection& local) {
    QList<SetAsideRow> rows;
    QSqlQuery query(local.db());
    query.exec(QStringLiteral("SELECT seq, kind, attempts, reason, set_aside_at FROM outbox_set_aside ORDER BY seq"));
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toString(), query.value(4).toString()});
    return rows;
}

int retrySetAside(const Connection& local, QString* detail) {
    store::Transaction transaction(local);
    const int count = local.scalar(QStringLiteral("SELECT count(*) FROM outbox_set_aside")).toInt();
    // Back under their own numbers, so they go up in the order they were recorded.
    if (!transaction.isOpen() ||
        !local.exec(QStringLiteral("INSERT INTO outbox (seq, id, kind, payload, created_at, attempts) SELECT seq, id, "
                                   "kind, payload, created_at, 0 FROM outbox_set_aside"),
                    {}, detail) ||
        !local.exec(QStringLiteral("DELETE FROM outbox_set_aside"), {}, detail) || !transaction.commit())
        return -1;
    return count;
}

} // namespace madoguchi::sync
