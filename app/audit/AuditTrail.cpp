// The hash-chained audit trail of a terminal: appended inside the caller's transaction, verified end to end.
#include "AuditTrail.h"

#include "DataLogging.h"
#include "TerminalSigner.h"
#include "privacy/KeyRing.h"
#include "store/Connection.h"
#include "store/Rows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace madoguchi::audit {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

// Columns: seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, hash, format, signature.
domain::AuditEvent eventFrom(const QSqlQuery& q) {
    domain::AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    e.actor = q.value(3).toString();
    e.terminalId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.subject = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.format = q.value(10).toInt();
    e.signature = q.value(11).toString();
    return e;
}
} // namespace

QString CentralKeys::keyFor(qint64 seq) const {
    for (const Span& span : spans) {
        if (seq >= span.firstSeq && (span.lastSeq == 0 || seq <= span.lastSeq))
            return span.publicKey;
    }
    return {};
}

CentralKeys CentralKeys::of(const store::Connection& central, const QString& terminalId) {
    CentralKeys keys;
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT first_seq, last_seq, public_key FROM terminal_retired_keys WHERE terminal_id = ? "
                             "ORDER BY epoch"));
    q.addBindValue(terminalId);
    if (q.exec()) {
        while (q.next())
            keys.spans.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    q.prepare(QStringLiteral("SELECT first_seq, public_key FROM terminal_keys WHERE terminal_id = ?"));
    q.addBindValue(terminalId);
    if (q.exec() && q.next())
        keys.spans.append({q.value(0).toLongLong(), 0, q.value(1).toString()});
    return keys;
}

ChainStart ChainStart::ofLocal(const store::Connection& local) {
    ChainStart start{0, kGenesis};
    QSqlQuery q(local.db());
    if (q.exec(QStringLiteral("SELECT base_seq, base_hash FROM audit_epoch WHERE id = 1")) && q.next())
        start = {q.value(0).toLongLong(), q.value(1).toString()};
    return start;
}

AuditTrail::AuditTrail(const store::Connection& local, const privacy::KeyRing& keys)
    : m_local(local)
    , m_keys(keys) {}

QString AuditTrail::genesis() {
    return kGenesis;
}

QByteArray AuditTrail::canonical(const domain::AuditEvent& e) {
    const QStringList fields{QString::number(e.seq),
                             e.id,
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             e.actor,
                             e.terminalId,
                             e.action,
                             e.subject,
                             e.reason,
                             e.prevHash};
    if (e.format == 1) // unit separators joined the fields before format 2; only for verifying old events
        return fields.join(QChar(0x1F)).toUtf8();
    QByteArray bytes = "madoguchi-audit-v2;";
    for (const QString& field : fields) {
        const QByteArray utf8 = field.toUtf8();
        bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ',';
    }
    return bytes;
}

bool AuditTrail::append(const Actor& actor, const QString& action, const QString& subject, QString* detail) {
    return appendAll(actor, {{action, subject}}, detail);
}

bool AuditTrail::appendAll(const Actor& actor, const QList<Entry>& entries, QString* detail) {
    if (entries.isEmpty())
        return true;
    // The caller's transaction when it has one (the work and its trace commit together); else one of our own.
    std::optional<store::Transaction> own;
    if (!m_local.inTransaction()) {
        own.emplace(m_local);
        if (!own->isOpen()) {
            if (detail)
                *detail = QStringLiteral("the local store could not begin a transaction for the audit trail");
            return false;
        }
    }
    Result<TerminalSigner> signer = TerminalSigner::forTerminal(m_local);
    if (!signer) {
        if (detail)
            *detail = signer.outcome.detail;
        return false;
    }
    // The head remembers the highest number ever written, so deleting the newest rows cannot make a number be used
    // twice: the next event continues after the deleted ones (and the gap shows in verify and at the centre).
    qint64 headSeq = 0;
    QString headHash;
    {
        QSqlQuery head(m_local.db());
        head.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
        if (head.next()) {
            headSeq = head.value(0).toLongLong();
            headHash = head.value(1).toString();
        }
    }
    QSqlQuery last(m_local.db());
    last.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    const ChainStart start = ChainStart::ofLocal(m_local);
    qint64 seq = start.seq;
    QString prevHash = start.hash;
    if (last.next()) {
        seq = last.value(0).toLongLong();
        prevHash = last.value(1).toString();
    }
    last.finish();
    if (headSeq >= seq && headSeq > 0) {
        seq = headSeq;
        prevHash = headHash;
    }
    QSqlQuery insert(m_local.db());
    insert.prepare(QStringLiteral("INSERT INTO audit_events (seq, id, at, actor, terminal_id, action, subject, reason, "
                                  "prev_hash, hash, format, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Entry& entry : entries) {
        domain::AuditEvent event;
        event.seq = ++seq;
        event.prevHash = prevHash;
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.at = m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
        event.actor = actor.staffId.isEmpty() ? QStringLiteral("system") : actor.staffId;
        event.terminalId = store::notNull(actor.terminalId);
        event.action = store::notNull(entry.action);
        event.subject = store::notNull(entry.subject);
        event.reason = store::notNull(actor.reason);
        event.format = 2;
        const QByteArray bytes = canonical(event);
        event.hash = m_keys.chainHash(bytes);
        event.signature = signer->sign(bytes);
        for (const QVariant& value :
             {QVariant(event.seq), QVariant(event.id), QVariant(event.at.toString(Qt::ISODateWithMs)),
              QVariant(event.actor), QVariant(event.terminalId), QVariant(event.action), QVariant(event.subject),
              QVariant(event.reason), QVariant(event.prevHash), QVariant(event.hash), QVariant(event.format),
              QVariant(event.signature)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            if (detail)
                *detail = insert.lastError().text();
            qCWarning(lcAudit) << "audit event not written:" << insert.lastError().text();
            return false; // our own transaction rolls back; the caller's fails with it
        }
        prevHash = event.hash;
    }
    if (!m_local.exec(QStringLiteral("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, "
                                     "last_hash = excluded.last_hash"),
                      {seq, prevHash}, detail))
        return false;
    if (own && !own->commit()) {
        if (detail)
            *detail = QStringLiteral("the audit events could not be committed");
        return false;
    }
    return true;
}

QString AuditTrail::checkLink(const domain::AuditEvent& e, qint64 prevSeq, const QString& prevHash, bool signedBefore,
                              const QString& publicKey) {
    if (e.seq != prevSeq + 1)
        return QStringLiteral("event %1 missing (found %2)").arg(prevSeq + 1).arg(e.seq);
    if (e.prevHash != (prevSeq == 0 ? kGenesis : prevHash))
        return QStringLiteral("event %1 does not link to the event before it").arg(e.seq);
    if (e.format == 1) {
        if (signedBefore)
            return QStringLiteral("event %1 is unsigned after signed events").arg(e.seq);
        return {};
    }
    if (e.format != 2)
        return QStringLiteral("event %1 has an unknown format %2").arg(e.seq).arg(e.format);
    if (publicKey.isEmpty())
        return QStringLiteral("event %1 is signed but no public key is known for terminal %2")
            .arg(e.seq)
            .arg(e.terminalId);
    if (!TerminalSigner::verify(publicKey, canonical(e), e.signature))
        return QStringLiteral("event %1 does not carry the signature of terminal %2").arg(e.seq).arg(e.terminalId);
    return {};
}

VerifyReport AuditTrail::verify(const store::Connection& connection, const privacy::KeyRing& keys,
                                const QString& terminalId) {
    VerifyReport report;
    // Locally the terminal's own key signed everything; centrally each part of the chain has the key of the
    // installation that wrote it (a re-enrolment keeps the old one for the old numbers).
    const QString localKey = terminalId.isEmpty() ? TerminalSigner::localPublicKey(connection) : QString();
    const CentralKeys centralKeys = terminalId.isEmpty() ? CentralKeys{} : CentralKeys::of(connection, terminalId);
    // Anchors (central only): numbers whose hash was written down, e.g. on a day's report.
    QHash<qint64, QString> anchors;
    if (!terminalId.isEmpty()) {
        QSqlQuery a(connection.db());
        a.prepare(QStringLiteral("SELECT seq, hash FROM audit_anchors WHERE terminal_id = ?"));
        a.addBindValue(terminalId);
        if (a.exec()) {
            while (a.next())
                anchors.insert(a.value(0).toLongLong(), a.value(1).toString());
        }
    }
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    const QString columns =
        QStringLiteral("seq, id, at, actor, terminal_id, action, subject, reason, prev_hash, hash, format, signature");
    bool read = false;
    if (terminalId.isEmpty()) {
        read = query.exec(QStringLiteral("SELECT %1 FROM audit_events ORDER BY seq").arg(columns));
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM audit_events WHERE terminal_id = ? ORDER BY seq").arg(columns));
        query.addBindValue(terminalId);
        read = query.exec();
    }
    if (!read) { // an unreadable trail is not an intact one
        report.firstBadSeq = 1;
        report.problem = QStringLiteral("the audit trail cannot be read: %1").arg(query.lastError().text());
        return report;
    }
    const ChainStart start = terminalId.isEmpty() ? ChainStart::ofLocal(connection) : ChainStart{0, kGenesis};
    QString expectedPrev = start.hash;
    qint64 previous = start.seq;
    bool signedBefore = false;
    while (query.next()) {
        const domain::AuditEvent e = eventFrom(query);
        const QString publicKey = terminalId.isEmpty() ? localKey : centralKeys.keyFor(e.seq);
        const auto broken = [&](const QString& problem) {
            report.firstBadSeq = e.seq > 0 ? e.seq : previous + 1;
            report.problem = problem;
            qCWarning(lcAudit) << "audit chain broken at" << report.firstBadSeq << ":" << problem;
            return report;
        };
        const QString problem = checkLink(e, previous, expectedPrev, signedBefore, publicKey);
        if (!problem.isEmpty())
            return broken(problem);
        if (keys.chainHash(canonical(e)) != e.hash)
            return broken(QStringLiteral("event %1 was altered after it was written").arg(e.seq));
        if (anchors.contains(e.seq) && anchors.take(e.seq) != e.hash)
            return broken(QStringLiteral("event %1 is not the one anchored").arg(e.seq));
        signedBefore = signedBefore || e.format == 2;
        expectedPrev = e.hash;
        previous = e.seq;
        report.lastSeq = e.seq;
        report.lastHash = e.hash;
        ++report.checked;
    }
    if (!anchors.isEmpty()) {
        report.firstBadSeq = anchors.keys().first();
        report.problem = QStringLiteral("anchored event %1 is missing").arg(report.firstBadSeq);
    }
    return report;
}

QList<ChainHead> AuditTrail::centralHeads(const store::Connection& central) {
    QList<ChainHead> heads;
    QSqlQuery q(central.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.terminal_id, e.seq, e.hash FROM audit_events e JOIN (SELECT terminal_id, "
                               "max(seq) AS seq FROM audit_events GROUP BY terminal_id) m ON m.terminal_id = "
                               "e.terminal_id AND m.seq = e.seq ORDER BY e.terminal_id")))
        return heads;
    while (q.next())
        heads.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return heads;
}

Result<QList<ChainHead>> AuditTrail::anchor(const store::Connection& central, const QString& staffId) {
    const QList<ChainHead> heads = centralHeads(central);
    store::Transaction transaction(central);
    QString detail;
    bool ok = transaction.isOpen();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const ChainHead& head : heads) {
        ok = ok && central.exec(QStringLiteral("INSERT INTO audit_anchors (terminal_id, seq, hash, anchored_at, "
                                               "anchored_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (terminal_id, seq) "
                                               "DO NOTHING"),
                                {head.terminalId, head.seq, head.hash, now, staffId}, &detail);
    }
    if (!ok || !transaction.commit())
        return Result<QList<ChainHead>>::refused(
            Outcome::failure(QCoreApplication::translate("audit", "The chain heads could not be anchored."), detail));
    return Result<QList<ChainHead>>::of(heads);
}

} // namespace madoguchi::audit
