// The supervisor's board of one office-day: a few range scans on the day's indexes, put together by visit id.
#include "DayBoard.h"

#include "DataLogging.h"
#include "audit/AuditTrail.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::supervisor {

namespace {

Outcome unreadable(const QSqlQuery& q) {
    qCWarning(lcStore) << "supervisor board failed:" << q.lastError().text();
    return Outcome::failure(
        QCoreApplication::translate("store", "The day's visits cannot be read from the central database."),
        q.lastError().text());
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values) {
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q.exec();
}

qint64 secondsBetween(const QString& from, const QString& to) {
    const QDateTime a = QDateTime::fromString(from, Qt::ISODateWithMs);
    const QDateTime b = QDateTime::fromString(to, Qt::ISODateWithMs);
    if (!a.isValid() || !b.isValid() || b < a)
        return -1;
    return a.secsTo(b);
}

} // namespace

Result<QList<BoardVisit>> dayBoard(const store::Connection& local, const store::Connection& central,
                                   const privacy::KeyRing& keys, const QString& terminalId, const staff::Principal& who,
                                   const QDate& day) {
    using R = Result<QList<BoardVisit>>;
    const QString date = day.toString(Qt::ISODate);
    audit::AuditTrail trail(local, keys);
    if (Outcome allowed =
            staff::authorizeAudited(who, staff::Action::ViewSupervisorDay, local, trail, terminalId, date);
        !allowed)
        return R::refused(allowed);

    QList<BoardVisit> visits;
    QHash<QString, qsizetype> byId;
    QSqlQuery q(central.db());
    if (!run(q,
             QStringLiteral("SELECT v.id, v.terminal_id, v.reception_number, v.channel, v.received_at, v.completed_at, "
                            "coalesce(nullif(s.display_name, ''), s.login, '') FROM visits v "
                            "LEFT JOIN staff s ON s.id = v.staff_id WHERE v.business_date = ? ORDER BY v.received_at"),
             {date}))
        return R::refused(unreadable(q));
    while (q.next()) {
        BoardVisit v;
        v.visitId = q.value(0).toString();
        v.terminalId = q.value(1).toString();
        v.receptionNumber = q.value(2).toString();
        v.channel = q.value(3).toString();
        v.receivedAt = q.value(4).toString();
        v.completedAt = q.value(5).toString();
        v.clerk = q.value(6).toString();
        v.serviceSeconds = v.completedAt.isEmpty() ? -1 : secondsBetween(v.receivedAt, v.completedAt);
        byId.insert(v.visitId, visits.size());
        visits.append(v);
    }

    if (!run(q,
             QStringLiteral("SELECT r.visit_id, r.procedure_id FROM procedure_requests r JOIN visits v ON v.id = "
                            "r.visit_id WHERE v.business_date = ? AND r.status <> 'cancelled' ORDER BY r.created_at"),
             {date}))
        return R::refused(unreadable(q));
    while (q.next()) {
        if (auto it = byId.constFind(q.value(0).toString()); it != byId.constEnd())
            visits[*it].procedures.append(q.value(1).toString());
    }

    // Certificates of the day (range scan on documents_by_day), their reissues (a reissue keeps its visit, whatever
    // day it was made), and which of them were replaced.
    QSet<QString> replaced;
    QSet<QString> seen;
    const auto addDocuments = [&](const QString& sql) {
        if (!run(q, sql, {date}))
            return false;
        while (q.next()) {
            auto it = byId.constFind(q.value(0).toString());
            const QString serial = q.value(1).toString();
            if (!q.value(5).toString().isEmpty())
                replaced.insert(q.value(5).toString());
            if (it == byId.constEnd() || seen.contains(serial))
                continue;
            seen.insert(serial);
            BoardDocument d;
            d.serial = serial;
            d.documentType = q.value(2).toString();
            d.fee = q.value(3).toLongLong();
            d.state = q.value(4).toString().isEmpty() ? QStringLiteral("issued") : QStringLiteral("voided");
            visits[*it].documents.append(d);
        }
        return true;
    };
    if (!addDocuments(QStringLiteral("SELECT visit_id, serial, document_type, fee, voided_at, reissue_of FROM "
                                     "issued_documents WHERE business_date = ? ORDER BY serial")) ||
        !addDocuments(QStringLiteral("SELECT visit_id, serial, document_type, fee, voided_at, reissue_of FROM "
                                     "issued_documents WHERE reissue_of IN (SELECT serial FROM issued_documents WHERE "
                                     "business_date = ?) ORDER BY serial")))
        return R::refused(unreadable(q));
    for (BoardVisit& v : visits) {
        for (BoardDocument& d : v.documents) {
            if (replaced.contains(d.serial))
                d.state = QStringLiteral("reissued");
            if (d.state == QLatin1String("issued"))
                v.fees += d.fee;
        }
    }

    if (!run(q,
             QStringLiteral("SELECT visit_id, method, amount FROM payments WHERE business_date = ? ORDER BY paid_at"),
             {date}))
        return R::refused(unreadable(q));
    while (q.next()) {
        auto it = byId.constFind(q.value(0).toString());
        if (it == byId.constEnd())
            continue;
        BoardVisit& v = visits[*it];
        const QString method = q.value(1).toString();
        if (!v.methods.contains(method))
            v.methods.append(method);
        v.paid += q.value(2).toLongLong();
    }

    // The reception ticket of the visit (the same number on the same day): how long the resident waited for the call.
    QHash<QString, QString> ticketIssued;
    if (!run(q, QStringLiteral("SELECT number, issued_at FROM queue_tickets WHERE business_date = ?"), {date}))
        return R::refused(unreadable(q));
    while (q.next())
        ticketIssued.insert(q.value(0).toString(), q.value(1).toString());

    for (BoardVisit& v : visits) {
        if (auto t = ticketIssued.constFind(v.receptionNumber); t != ticketIssued.constEnd())
            v.waitingSeconds = secondsBetween(*t, v.receivedAt);
        bool anyVoid = false, anyReissued = false;
        for (const BoardDocument& d : v.documents) {
            anyVoid = anyVoid || d.state == QLatin1String("voided");
            anyReissued = anyReissued || d.state == QLatin1String("reissued");
        }
        v.state = v.completedAt.isEmpty() ? QStringLiteral("open")
                  : anyReissued           ? QStringLiteral("reissued")
                  : anyVoid               ? QStringLiteral("voided")
                  : v.documents.isEmpty() ? QStringLiteral("none")
                                          : QStringLiteral("issued");
    }

    QString detail;
    store::Transaction transaction(local);
    if (!transaction.isOpen() ||
        !trail.append({who.staffId, terminalId, QStringLiteral("%1 visit(s)").arg(visits.size())},
                      QStringLiteral("supervisor.day"), date, &detail) ||
        !transaction.commit())
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "The reading could not be "
                                                                                     "recorded in the audit trail, "
                                                                                     "so it is not shown."),
                                           detail));
    return R::of(visits);
}

Result<QString> dayFingerprint(const store::Connection& central, const staff::Principal& who, const QDate& day) {
    using R = Result<QString>;
    if (Outcome allowed = staff::authorize(who, staff::Action::ViewSupervisorDay); !allowed)
        return R::refused(allowed);
    const QString date = day.toString(Qt::ISODate);
    QSqlQuery q(central.db());
    if (!run(q,
             QStringLiteral("SELECT (SELECT count(*) FROM visits WHERE business_date = ?), "
                            "(SELECT max(coalesce(central_received_at, received_at)) FROM visits WHERE business_date = "
                            "?), "
                            "(SELECT count(*) FROM visits WHERE business_date = ? AND completed_at IS NOT NULL), "
                            "(SELECT count(*) FROM issued_documents WHERE business_date = ?), "
                            "(SELECT count(voided_at) FROM issued_documents WHERE business_date = ?), "
                            "(SELECT count(*) FROM issued_documents WHERE reissue_of IS NOT NULL), "
                            "(SELECT count(*) FROM payments WHERE business_date = ?), "
                            "(SELECT count(*) FROM void_requests WHERE state = 'pending')"),
             {date, date, date, date, date, date}) ||
        !q.next())
        return R::refused(unreadable(q));
    QStringList parts;
    for (int i = 0; i < 8; ++i)
        parts.append(q.value(i).toString());
    return R::of(parts.join(QLatin1Char('|')));
}

void notifyDayChanged(const store::Connection& central, const QString& terminalId) {
    if (central.backend() != store::Backend::Postgres)
        return;
    QSqlQuery q(central.db());
    if (!run(q, QStringLiteral("SELECT pg_notify(?, ?)"), {QLatin1String(kDayNotifyChannel), terminalId}))
        qCWarning(lcStore) << "supervisor day notification not sent:" << q.lastError().text();
}

} // namespace madoguchi::supervisor
