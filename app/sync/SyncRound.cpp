// One pass of offline-first sync: the outbox goes up in idempotent batches, the audit trail follows, reference data
// (staff, catalogue version, fees) comes down. Safe to interrupt anywhere: the centre commits before the terminal
// forgets, and a batch sent twice inserts nothing twice.
#include "SyncRound.h"

#include "DataLogging.h"
#include "store/Connection.h"
#include "store/Rows.h"

#include <QCoreApplication>
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

struct Batch {
    qint64 lastSeq = 0;
    int visits = 0;
    int voids = 0;
    QList<QVariantList> visitRows, requestRows, documentRows, paymentRows;
    QList<QJsonObject> voidRows;
};

void collect(Batch& batch, const QString& kind, const QByteArray& payload) {
    const QJsonObject bundle = QJsonDocument::fromJson(payload).object();
    if (kind == QLatin1String("void")) {
        batch.voidRows.append(bundle);
        ++batch.voids;
        return;
    }
    batch.visitRows.append(store::rowValues(store::visitColumns(), bundle.value(QStringLiteral("visit")).toObject()));
    const auto add = [&](const char* key, const store::TableColumns& spec, QList<QVariantList>& into) {
        for (const QJsonValue& row : bundle.value(QLatin1String(key)).toArray())
            into.append(store::rowValues(spec, row.toObject()));
    };
    add("requests", store::requestColumns(), batch.requestRows);
    add("documents", store::documentColumns(), batch.documentRows);
    add("payments", store::paymentColumns(), batch.paymentRows);
    ++batch.visits;
}

// Sends one batch; returns false (and the reason) when the centre did not commit it.
bool send(const Connection& central, const Batch& batch, QString* detail) {
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
    if (!transaction.commit()) {
        *detail = QStringLiteral("central commit failed: %1").arg(central.db().lastError().text());
        return false;
    }
    return true;
}

bool pushAudit(const Connection& local, const Connection& central, const QString& terminalId, int* sent,
               QString* detail) {
    const qint64 known =
        central
            .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_events WHERE terminal_id = ?"),
                    {terminalId})
            .toLongLong();
    QSqlQuery query(local.db());
    query.prepare(QStringLiteral("SELECT terminal_id, seq, id, at, actor, action, subject, reason, prev_hash, hash "
                                 "FROM audit_events WHERE seq > ? AND terminal_id = ? ORDER BY seq"));
    query.addBindValue(known);
    query.addBindValue(terminalId);
    if (!query.exec()) {
        *detail = query.lastError().text();
        return false;
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < 10; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    query.finish();
    store::Transaction transaction(central);
    if (!transaction.isOpen() || !store::upsertRows(central, store::auditColumns(), rows, false, detail) ||
        !transaction.commit()) {
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
    store::Transaction transaction(local);
    if (!transaction.isOpen() || !store::upsertRows(local, store::staffColumns(), staff, true, detail) ||
        !store::upsertRows(local, referenceSpec, reference, true, detail) || !transaction.commit()) {
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
                collect(batch, query.value(1).toString(), query.value(2).toString().toUtf8());
            }
        }
        if (batch.lastSeq == 0)
            break;
        if (!send(central, batch, &detail)) {
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
    if (!pushAudit(local, central, options.terminalId, &report.auditEventsSent, &detail) ||
        !pullReference(local, central, &report.referenceRowsReceived, &detail)) {
        return Result<SyncReport>::refused(centralFailed(detail));
    }
    report.waiting = waitingVisits(local);
    return Result<SyncReport>::of(report);
}

} // namespace madoguchi::sync
