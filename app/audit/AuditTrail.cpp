// The hash-chained audit trail of a terminal: appended inside the caller's transaction, verified end to end.
#include "AuditTrail.h"

#include "DataLogging.h"
#include "privacy/KeyRing.h"
#include "store/Rows.h"

#include <QSqlQuery>
#include <QUuid>

namespace madoguchi::audit {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
}

AuditTrail::AuditTrail(const store::Connection& local, const privacy::KeyRing& keys)
    : m_local(local)
    , m_keys(keys) {}

QByteArray AuditTrail::canonical(const domain::AuditEvent& e) {
    // Unit separators cannot occur in any field we store, so no two events share a canonical form.
    const QChar sep(0x1F);
    return QStringList{QString::number(e.seq),
                       e.id,
                       e.at.toUTC().toString(Qt::ISODateWithMs),
                       e.actor,
                       e.terminalId,
                       e.action,
                       e.subject,
                       e.reason,
                       e.prevHash}
        .join(sep)
        .toUtf8();
}

bool AuditTrail::append(const Actor& actor, const QString& action, const QString& subject, QString* detail) {
    domain::AuditEvent event;
    QSqlQuery last(m_local.db());
    last.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (last.next()) {
        event.seq = last.value(0).toLongLong() + 1;
        event.prevHash = last.value(1).toString();
    } else {
        event.seq = 1;
        event.prevHash = kGenesis;
    }
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.at = m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
    event.actor = actor.staffId.isEmpty() ? QStringLiteral("system") : actor.staffId;
    event.terminalId = actor.terminalId;
    event.action = action;
    event.subject = subject;
    event.reason = actor.reason;
    event.hash = m_keys.chainHash(canonical(event));
    return m_local.exec(QStringLiteral("INSERT INTO audit_events (seq, id, at, actor, terminal_id, action, subject, "
                                       "reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {event.seq, event.id, event.at.toString(Qt::ISODateWithMs), event.actor,
                         store::notNull(event.terminalId), store::notNull(event.action), store::notNull(event.subject),
                         store::notNull(event.reason), event.prevHash, event.hash},
                        detail);
}

VerifyReport AuditTrail::verify(const store::Connection& connection, const privacy::KeyRing& keys,
                                const QString& terminalId) {
    VerifyReport report;
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, hash");
    if (terminalId.isEmpty()) {
        query.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(columns));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE terminal_id = ? ORDER BY seq").arg(columns));
        query.addBindValue(terminalId);
        query.exec();
    }
    QString expectedPrev = kGenesis;
    qint64 expectedSeq = 1;
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
        const auto broken = [&](const QString& problem) {
            report.firstBadSeq = e.seq > 0 ? e.seq : expectedSeq;
            report.problem = problem;
            qCWarning(lcAudit) << "audit chain broken at" << report.firstBadSeq << ":" << problem;
            return report;
        };
        if (e.seq != expectedSeq)
            return broken(QStringLiteral("event %1 missing (found %2)").arg(expectedSeq).arg(e.seq));
        if (e.prevHash != expectedPrev)
            return broken(QStringLiteral("event %1 does not link to the event before it").arg(e.seq));
        if (keys.chainHash(canonical(e)) != e.hash)
            return broken(QStringLiteral("event %1 was altered after it was written").arg(e.seq));
        expectedPrev = e.hash;
        ++expectedSeq;
        ++report.checked;
    }
    return report;
}

} // namespace madoguchi::audit
