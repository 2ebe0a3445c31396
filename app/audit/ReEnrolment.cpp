// Bringing a reinstalled terminal back under its id: a new epoch of its chain at the centre, the new installation's
// events continuing after the centre's last one.
#include "ReEnrolment.h"

#include "AuditTrail.h"
#include "DataLogging.h"
#include "TerminalSigner.h"
#include "privacy/KeyRing.h"
#include "staff/AccessGuard.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::audit {

namespace {
Outcome failed(const QString& detail) {
    qCWarning(lcAudit).noquote() << "re-enrolment refused:" << detail;
    return Outcome::failure(QCoreApplication::translate("audit", "The terminal could not be re-enrolled; nothing was "
                                                                 "changed. Ask IT staff to check the log."),
                            detail);
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

struct CentralState {
    QString publicKey;
    int epoch = 0;
    qint64 firstSeq = 1;
    qint64 headSeq = 0;
    QString headHash;
};

bool readCentral(const store::Connection& central, const QString& terminalId, CentralState* state, QString* detail) {
    QSqlQuery q(central.db());
    q.prepare(QStringLiteral("SELECT public_key, epoch, first_seq FROM terminal_keys WHERE terminal_id = ?"));
    q.addBindValue(terminalId);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    if (q.next()) {
        state->publicKey = q.value(0).toString();
        state->epoch = q.value(1).toInt();
        state->firstSeq = q.value(2).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT seq, hash FROM audit_events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(terminalId);
    if (!q.exec()) {
        *detail = q.lastError().text();
        return false;
    }
    state->headHash = AuditTrail::genesis();
    if (q.next()) {
        state->headSeq = q.value(0).toLongLong();
        state->headHash = q.value(1).toString();
    }
    return true;
}

// Every local event, in order, numbered from base + 1, linked from baseHash, hashed and signed again.
bool renumberLocal(const store::Connection& local, const privacy::KeyRing& keys, const TerminalSigner& signer,
                   int epoch, qint64 baseSeq, const QString& baseHash, int* renumbered, QString* detail) {
    QList<domain::AuditEvent> events;
    {
        QSqlQuery q(local.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, at, actor, terminal_id, action, subject, reason FROM audit_events "
                                   "ORDER BY seq"))) {
            *detail = q.lastError().text();
            return false;
        }
        while (q.next()) {
            domain::AuditEvent e;
            e.id = q.value(0).toString();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.actor = q.value(2).toString();
            e.terminalId = q.value(3).toString();
            e.action = q.value(4).toString();
            e.subject = q.value(5).toString();
            e.reason = q.value(6).toString();
            events.append(e);
        }
    }
    if (!local.exec(QStringLiteral("DELETE FROM audit_events"), {}, detail))
        return false;
    qint64 seq = baseSeq;
    QString previous = baseHash;
    for (domain::AuditEvent& e : events) {
        e.seq = ++seq;
        e.prevHash = previous;
        e.format = 2;
        const QByteArray bytes = AuditTrail::canonical(e);
        e.hash = keys.chainHash(bytes);
        e.signature = signer.sign(bytes);
        if (!local.exec(QStringLiteral("INSERT INTO audit_events (seq, id, at, actor, terminal_id, action, subject, "
                                       "reason, prev_hash, hash, format, signature) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.seq, e.id, e.at.toString(Qt::ISODateWithMs), e.actor, e.terminalId, e.action, e.subject,
                         e.reason, e.prevHash, e.hash, e.format, e.signature},
                        detail))
            return false;
        previous = e.hash;
    }
    *renumbered = static_cast<int>(events.size());
    return local.exec(QStringLiteral("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, "
                                     "last_hash = excluded.last_hash"),
                      {seq, previous}, detail) &&
           local.exec(QStringLiteral("INSERT INTO audit_epoch (id, epoch, base_seq, base_hash, enrolled_at) VALUES "
                                     "(1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, "
                                     "base_seq = excluded.base_seq, base_hash = excluded.base_hash, "
                                     "enrolled_at = excluded.enrolled_at"),
                      {epoch, baseSeq, baseHash, now()}, detail);
}
} // namespace

Result<ReEnrolReport> reEnrolTerminal(const store::Connection& local, const store::Connection& central,
                                      const privacy::KeyRing& keys, const staff::Principal& who,
                                      const QString& terminalId) {
    using R = Result<ReEnrolReport>;
    AuditTrail trail(local, keys);
    if (Outcome allowed = staff::authorizeAudited(who, staff::Action::ManageCentral, local, trail, terminalId,
                                                  QStringLiteral("re-enrol terminal %1").arg(terminalId));
        !allowed)
        return R::refused(allowed);
    Result<TerminalSigner> signer = TerminalSigner::forTerminal(local);
    if (!signer)
        return R::refused(failed(signer.outcome.detail));
    const QString newKey = signer->publicKey();

    ReEnrolReport report;
    QString detail;
    qint64 baseSeq = 0;
    QString baseHash;
    {
        store::Transaction transaction(central);
        if (!transaction.isOpen())
            return R::refused(failed(QStringLiteral("central: cannot begin")));
        // Taken first, so two re-enrolments of one terminal cannot both move its key.
        if (central.backend() == store::Backend::Postgres &&
            !central.exec(QStringLiteral("SELECT 1 FROM terminal_keys WHERE terminal_id = ? FOR UPDATE"), {terminalId},
                          &detail))
            return R::refused(failed(detail));
        CentralState state;
        if (!readCentral(central, terminalId, &state, &detail))
            return R::refused(failed(detail));
        if (state.publicKey.isEmpty())
            return R::refused(Outcome::failure(
                QCoreApplication::translate("audit", "The central database holds no signing key for terminal %1: its "
                                                     "first sync registers it, nothing to re-enrol.")
                    .arg(terminalId),
                QStringLiteral("no key at the centre for %1").arg(terminalId)));
        if (state.publicKey != newKey) {
            report.epoch = state.epoch + 1;
            baseSeq = state.headSeq;
            baseHash = state.headHash;
            const QString at = now();
            if (!central.exec(QStringLiteral("INSERT INTO terminal_retired_keys (terminal_id, epoch, public_key, "
                                             "first_seq, last_seq, last_hash, retired_at, retired_by) VALUES (?, ?, "
                                             "?, ?, ?, ?, ?, ?)"),
                              {terminalId, state.epoch, state.publicKey, state.firstSeq, state.headSeq, state.headHash,
                               at, who.staffId},
                              &detail) ||
                !central.exec(QStringLiteral("UPDATE terminal_keys SET public_key = ?, epoch = ?, first_seq = ?, "
                                             "registered_at = ? WHERE terminal_id = ?"),
                              {newKey, report.epoch, state.headSeq + 1, at, terminalId}, &detail) ||
                !central.exec(QStringLiteral("UPDATE sync_alarms SET cleared_at = ? WHERE terminal_id = ? AND "
                                             "cleared_at IS NULL AND kind IN ('audit_key_mismatch', 'audit_fork', "
                                             "'audit_truncated', 'audit_refused')"),
                              {at, terminalId}, &detail) ||
                !transaction.commit())
                return R::refused(failed(detail.isEmpty() ? QStringLiteral("central commit failed") : detail));
            report.centralDone = true;
        } else {
            // The centre has this installation's key already: finish an interrupted re-enrolment, or nothing to do.
            report.epoch = state.epoch;
            baseSeq = state.firstSeq - 1;
            const ChainStart start = ChainStart::ofLocal(local);
            const bool renumberedHere = start.seq == baseSeq && state.epoch > 1;
            if (state.epoch <= 1 || renumberedHere || state.headSeq > baseSeq)
                return R::refused(Outcome::failure(
                    QCoreApplication::translate("audit", "The central database already holds this installation's "
                                                         "signing key for terminal %1; nothing to re-enrol.")
                        .arg(terminalId),
                    QStringLiteral("terminal %1 already enrolled with this key (epoch %2)")
                        .arg(terminalId)
                        .arg(state.epoch)));
            baseHash = baseSeq == 0 ? AuditTrail::genesis()
                                    : central
                                          .scalar(QStringLiteral("SELECT hash FROM audit_events WHERE terminal_id = ? "
                                                                 "AND seq = ?"),
                                                  {terminalId, baseSeq})
                                          .toString();
            if (baseHash.isEmpty())
                return R::refused(failed(QStringLiteral("the centre's event %1 of %2 is missing").arg(baseSeq)));
        }
    }
    report.baseSeq = baseSeq;

    store::Transaction transaction(local);
    if (!transaction.isOpen() ||
        !renumberLocal(local, keys, *signer, report.epoch, baseSeq, baseHash, &report.renumbered, &detail) ||
        !trail.append({who.staffId, terminalId,
                       QStringLiteral("epoch %1 from event %2; %3 local event(s) renumbered")
                           .arg(report.epoch)
                           .arg(baseSeq + 1)
                           .arg(report.renumbered)},
                      QStringLiteral("terminal.re_enrolled"), terminalId, &detail) ||
        !transaction.commit())
        return R::refused(Outcome::failure(
            QCoreApplication::translate("audit", "The central database holds the new key, but this terminal's audit "
                                                 "trail could not be renumbered. Run the command again."),
            detail.isEmpty() ? QStringLiteral("local commit failed") : detail));
    qCInfo(lcAudit) << "terminal" << terminalId << "re-enrolled: epoch" << report.epoch << "from event" << baseSeq + 1
                    << "," << report.renumbered << "local event(s) renumbered";
    return R::of(report);
}

} // namespace madoguchi::audit
