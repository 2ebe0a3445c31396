// A visit's story: the visit's rows at the centre and the audit events about it, each terminal's chain verified.
#include "VisitStory.h"

#include "DataLogging.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace madoguchi::supervisor {

namespace {
Outcome centralFailed(const QString& detail) {
    qCWarning(lcStore) << "visit story:" << detail;
    return Outcome::failure(
        QCoreApplication::translate("supervisor", "The visit cannot be read from the central database."), detail);
}

// Not forward-only: PostgreSQL's driver then streams the rows one by one, and a result left unread (the visit's one
// row) is lost by the next statement on the connection. The story's results are small.
QSqlQuery run(const store::Connection& central, const QString& sql, const QVariantList& values, bool* ok) {
    QSqlQuery q(central.db());
    *ok = q.prepare(sql);
    if (!*ok)
        return q; // its lastError() says why
    for (const QVariant& value : values)
        q.addBindValue(value);
    *ok = q.exec();
    return q;
}
} // namespace

bool VisitStory::intact() const {
    return std::all_of(chains.begin(), chains.end(), [](const ChainCheck& c) { return c.report.intact(); });
}

Result<VisitStory> visitStory(const store::Connection& local, const store::Connection& central,
                              const privacy::KeyRing& keys, const QString& terminalId, const staff::Principal& who,
                              const QString& visitId) {
    using R = Result<VisitStory>;
    {
        audit::AuditTrail trail(local, keys);
        if (Outcome allowed =
                staff::authorizeAudited(who, staff::Action::ViewSupervisorDay, local, trail, terminalId, visitId);
            !allowed)
            return R::refused(allowed);
    }
    VisitStory story;
    bool ok = false;
    QSqlQuery q = run(central,
                      QStringLiteral("SELECT id, terminal_id, reception_number, channel, language, staff_id, "
                                     "resident_id, business_date, received_at, completed_at FROM visits WHERE id = ?"),
                      {visitId}, &ok);
    if (!ok)
        return R::refused(centralFailed(q.lastError().text()));
    if (!q.next())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("supervisor", "No visit %1 is known at the centre.").arg(visitId),
            QStringLiteral("unknown visit %1").arg(visitId)));
    story.visit = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                   q.value(8).toString(), q.value(9).toString()};
    q.finish();
    q = run(central,
            QStringLiteral("SELECT procedure_id, status, my_number_sealed IS NOT NULL FROM procedure_requests "
                           "WHERE visit_id = ? ORDER BY created_at, id"),
            {visitId}, &ok);
    if (!ok)
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next())
        story.requests.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    q.finish();
    q = run(central,
            QStringLiteral("SELECT serial, document_type, resident_id, copies, fee, issued_at, business_date, "
                           "voided_at, void_reason, voided_by, reissue_of, "
                           "(SELECT r.serial FROM issued_documents r WHERE r.reissue_of = d.serial LIMIT 1) "
                           "FROM issued_documents d WHERE d.visit_id = ? ORDER BY d.issued_at, d.serial"),
            {visitId}, &ok);
    if (!ok)
        return R::refused(centralFailed(q.lastError().text()));
    QStringList serials;
    while (q.next()) {
        DocumentInfo d;
        d.serial = q.value(0).toString();
        d.visitId = visitId;
        d.terminalId = story.visit.terminalId;
        d.documentType = q.value(1).toString();
        d.residentId = q.value(2).toString();
        d.copies = q.value(3).toInt();
        d.fee = q.value(4).toLongLong();
        d.issuedAt = q.value(5).toString();
        d.businessDate = q.value(6).toString();
        d.voidedAt = q.value(7).toString();
        d.voidReason = q.value(8).toString();
        d.voidedBy = q.value(9).toString();
        d.reissueOf = q.value(10).toString();
        d.reissuedAs = q.value(11).toString();
        serials.append(d.serial);
        story.documents.append(d);
    }
    q.finish();
    q = run(central, QStringLiteral("SELECT method, amount FROM payments WHERE visit_id = ? ORDER BY paid_at, id"),
            {visitId}, &ok);
    if (!ok)
        return R::refused(centralFailed(q.lastError().text()));
    while (q.next())
        story.payments.append({q.value(0).toString(), q.value(1).toLongLong()});

    // The visit's own window on its terminal, plus whatever names the visit or one of its certificates later.
    QString sql = QStringLiteral("SELECT terminal_id, seq, id, at, actor, action, subject, reason, prev_hash, hash, "
                                 "format, signature FROM audit_events WHERE (terminal_id = ? AND at >= ? AND at <= ?) "
                                 "OR subject = ?");
    QVariantList values{story.visit.terminalId, story.visit.receivedAt,
                        story.visit.completedAt.isEmpty() ? story.visit.receivedAt : story.visit.completedAt, visitId};
    for (const QString& serial : serials) {
        sql += QStringLiteral(" OR subject = ? OR subject LIKE ?");
        values << serial << QStringLiteral("% ") + serial;
    }
    sql += QStringLiteral(" ORDER BY at, terminal_id, seq");
    q.finish();
    q = run(central, sql, values, &ok);
    if (!ok)
        return R::refused(centralFailed(q.lastError().text()));
    QStringList terminals;
    while (q.next()) {
        StoryEvent e;
        e.event.terminalId = q.value(0).toString();
        e.event.seq = q.value(1).toLongLong();
        e.event.id = q.value(2).toString();
        e.event.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.event.actor = q.value(4).toString();
        e.event.action = q.value(5).toString();
        e.event.subject = q.value(6).toString();
        e.event.reason = q.value(7).toString();
        e.event.prevHash = q.value(8).toString();
        e.event.hash = q.value(9).toString();
        e.event.format = q.value(10).toInt();
        e.event.signature = q.value(11).toString();
        if (!terminals.contains(e.event.terminalId))
            terminals.append(e.event.terminalId);
        story.events.append(e);
    }
    q.finish();
    terminals.sort();
    for (const QString& terminal : terminals)
        story.chains.append({terminal, audit::AuditTrail::verify(central, keys, terminal)});
    for (StoryEvent& e : story.events) {
        for (const ChainCheck& chain : story.chains) {
            if (chain.terminalId == e.event.terminalId && !chain.report.intact() &&
                e.event.seq >= chain.report.firstBadSeq)
                e.afterBreak = true;
        }
    }
    // Reading the story shows resident data (who was looked up, what was issued): that reading is audited too.
    QString detail;
    store::Transaction transaction(local);
    audit::AuditTrail trail(local, keys);
    if (!transaction.isOpen() ||
        !trail.append({who.staffId, terminalId, QStringLiteral("visit story")},
                      QStringLiteral("supervisor.visit_story"), visitId, &detail) ||
        !transaction.commit())
        return R::refused(Outcome::failure(QCoreApplication::translate("supervisor", "The reading could not be "
                                                                                     "recorded in the audit trail, "
                                                                                     "so it is not shown."),
                                           detail));
    return R::of(story);
}

} // namespace madoguchi::supervisor
